@{
    if (context.Request.Certificate == null) { return "ClientCertificateNotFound"; }

    // NotBefore and NotAfter are in local time
    var now = DateTime.Now;
    if (context.Request.Certificate.NotAfter < now) { return "ClientCertificateExpired"; }
    if ({{validate-certificate-chain}} && !context.Request.Certificate.VerifyNoRevocation()) { return "ClientCertificateNotTrusted"; }
    return null;
}
