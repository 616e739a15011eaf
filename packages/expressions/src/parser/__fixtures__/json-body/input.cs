@(new JObject(new JProperty("id", context.RequestId), new JProperty("tags", new JArray(new[] { "a", "b" }))).ToString(Newtonsoft.Json.Formatting.None))
