@{
    int total = 0, count = 0;
    foreach (var item in (JArray)context.Variables["items"]) {
        switch ((string)item["kind"]) {
            case "a": case "b": total += 2; break;
            case string other when other.Length > 3: goto default;
            default: total++; break;
        }
        count++;
    }
    for (var i = 0; i < count; i++) { if (i % 2 == 0) continue; total--; }
    try { using (var sha = System.Security.Cryptography.SHA256.Create()) { total += sha.HashSize; } }
    catch (Exception e) when (e is InvalidOperationException) { throw; }
    finally { count = 0; }
    return total > 0 ? (object)total : null;
}
