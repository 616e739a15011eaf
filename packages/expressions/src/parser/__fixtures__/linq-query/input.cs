@(string.Join(",", from h in context.Request.Headers where h.Key.StartsWith("x-") orderby h.Key select h.Key + "=" + h.Value.FirstOrDefault()))
