context.Request.Method
