@{
    var kind = context.Request.Method switch { "GET" or "HEAD" => "read", _ => "write" };
    if (context.Request.Certificate is not null and { NotAfter: var end } && end > DateTime.Now) { }
    context.Variables["x"] ??= new();
    return kind[..^1];
}
