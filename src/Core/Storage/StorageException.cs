namespace Leitmotif.Core.Storage;

/// <summary>
/// Shared storage (Azure Blob or Table) failed or could not be reached. The message says what was being done and why, in
/// words that never contain the connection string, the account name or the endpoint; the original error is not kept,
/// because the Azure SDK's messages may contain them.
/// </summary>
public sealed class StorageException : Exception
{
    /// <summary>A failure while doing <paramref name="operation"/>, caused by <paramref name="cause"/> (described, not kept).</summary>
    public StorageException(string operation, Exception cause) : base($"{operation}: {StorageErrors.Describe(cause)}")
    {
    }
}
