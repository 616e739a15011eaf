@($"{context.Request.Method} {context.Request.Url.Path}{context.Request.Url.QueryString} took {context.Elapsed.TotalMilliseconds,8:F1} ms at {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ} {{{x}}}")
