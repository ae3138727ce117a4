using Azure;
using Azure.Storage.Blobs;
using Leitmotif.Core.Features;

namespace Leitmotif.Core.Storage;

/// <summary>
/// Features in an Azure Blob Storage container, shared by every silo of a cluster: blob
/// <c>&lt;feature kind&gt;/&lt;recording id&gt;.lmf</c> in <see cref="FeatureFileFormat"/>. A blob is uploaded whole in one
/// request, so a reader sees the old features or the new ones, never a partial blob.
/// </summary>
/// <remarks>Storage failures surface as <see cref="StorageException"/>, whose message never names the account or endpoint.</remarks>
public sealed class BlobFeatureStore(BlobContainerClient container) : IFeatureStore
{
    /// <summary>Creates the container if it does not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
        catch (Exception e) when (StorageErrors.IsStorageFailure(e))
        {
            throw new StorageException($"cannot create the feature container '{container.Name}'", e);
        }
    }

    /// <inheritdoc />
    public async Task<FeatureMatrix?> LoadAsync(FeatureKey key, CancellationToken cancellationToken = default)
    {
        var name = BlobName(key);
        try
        {
            var content = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            using var stream = content.Value.Content.ToStream();
            return FeatureFileFormat.Read(stream, key);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
        catch (Exception e) when (StorageErrors.IsStorageFailure(e))
        {
            throw new StorageException($"cannot read features '{name}'", e);
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(FeatureKey key, FeatureMatrix features, CancellationToken cancellationToken = default)
    {
        var name = BlobName(key);
        using var buffer = new MemoryStream();
        FeatureFileFormat.Write(buffer, key, features);
        var content = new BinaryData(buffer.ToArray());
        try
        {
            try
            {
                await container.GetBlobClient(name).UploadAsync(content, overwrite: true, cancellationToken);
            }
            catch (RequestFailedException e) when (e.ErrorCode == "ContainerNotFound")
            {
                await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await container.GetBlobClient(name).UploadAsync(content, overwrite: true, cancellationToken);
            }
        }
        catch (Exception e) when (StorageErrors.IsStorageFailure(e))
        {
            throw new StorageException($"cannot write features '{name}'", e);
        }
    }

    /// <summary>The blob name of <paramref name="key"/>: <c>&lt;kind&gt;/&lt;recording id&gt;.lmf</c>, with unsafe characters replaced.</summary>
    public static string BlobName(FeatureKey key) => FeatureStoreLayout.RelativeName(key);
}
