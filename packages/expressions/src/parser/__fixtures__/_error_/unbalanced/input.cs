@(context.Request.Headers.GetValueOrDefault("a", "") == "x" && (b || c
