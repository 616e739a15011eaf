@(((JObject)((IResponse)context.Variables["r"]).Body.As<JObject>(preserveContent: true))["a"].Value<int>() > (int)-1 && F<A, B>(7) != null)
