using Azure;
using Azure.Storage.Blobs;

using Leitmotif.Core.Storage;

namespace Leitmotif.Hosting.Storage;

/// <summary>
/// Objects in an Azure Blob Storage container shared by every silo of a cluster, one blob per object name. A blob is
/// uploaded whole in one request, so a reader sees the old content or the new, never a partial blob.
/// </summary>
/// <remarks>Storage failures surface as <see cref="StorageException"/>, whose message never names the account or endpoint.</remarks>
public sealed class BlobObjectStore(BlobContainerClient container) : IObjectStore
{
    /// <inheritdoc />
    public async Task WriteAsync(string name, byte[] content, CancellationToken cancellationToken = default)
    {
        try
        {
            try
            {
                await container.GetBlobClient(name).UploadAsync(new BinaryData(content), overwrite: true, cancellationToken);
            }
            catch (RequestFailedException e) when (e.ErrorCode == "ContainerNotFound")
            {
                await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await container.GetBlobClient(name).UploadAsync(new BinaryData(content), overwrite: true, cancellationToken);
            }
        }
        catch (Exception e) when (StorageErrors.IsStorageFailure(e))
        {
            throw new StorageException($"cannot write '{name}'", StorageErrors.Describe(e));
        }
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (Exception e) when (StorageErrors.IsStorageFailure(e))
        {
            throw new StorageException($"cannot read '{name}'", StorageErrors.Describe(e));
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
        catch (Exception e) when (StorageErrors.IsStorageFailure(e))
        {
            throw new StorageException($"cannot delete '{name}'", StorageErrors.Describe(e));
        }
    }
}
