namespace Leitmotif.Core.Storage;

/// <summary>
/// Shared storage (Azure Blob or Table) failed or could not be reached. The message says what was being done and why, in
/// words that never contain the connection string, the account name or the endpoint; the storage layer that throws it
/// describes the original error and does not keep it, because the storage SDK's messages may contain them. Worth another
/// try: the storage service may be restarting or briefly unreachable.
/// </summary>
public sealed class StorageException : Exception
{
    /// <summary>A failure while doing <paramref name="operation"/>, for the safe <paramref name="reason"/>.</summary>
    public StorageException(string operation, string reason) : base($"{operation}: {reason}")
    {
    }
}
