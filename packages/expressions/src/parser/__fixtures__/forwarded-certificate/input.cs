@{
    var header = context.Request.Headers.GetValueOrDefault("X-ARR-ClientCert");
    if (string.IsNullOrEmpty(header)) { return null; }
    var certificate = new X509Certificate2(Convert.FromBase64String(header));
    return certificate.SubjectName.Name == "CN=client 01, O=Contoso" ? certificate.Thumbprint : null;
}
