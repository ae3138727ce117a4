using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Leitmotif.Core.Corpus;
using Leitmotif.Core.Storage;

namespace Leitmotif.Hosting.Storage;

/// <summary>
/// Keeps a silo's local models folder and the cluster's models container the same, so that every silo of an <c>azure</c>-mode
/// cluster offers the same <c>ctc:</c> kinds: a blob newer than its local copy (or without one) is downloaded, a local file
/// newer than its blob (or without one: a model a training run finished here) is uploaded. Files are only ever added or
/// replaced, never deleted. A download goes to a temporary file that is renamed, so a model is never read half-written;
/// the local copy then takes the blob's last-modified time, which is how the next pass knows it is current.
/// </summary>
public sealed class BlobModelsMirror(BlobContainerClient container, string folder)
{
    /// <summary>One pass in both directions.</summary>
    /// <exception cref="StorageException">The container could not be listed, read or written.</exception>
    public void Synchronise()
    {
        try
        {
            container.CreateIfNotExists();
            Directory.CreateDirectory(folder);
            var blobs = container.GetBlobs(BlobTraits.None, BlobStates.None, prefix: null, CancellationToken.None)
                .Where(b => !b.Name.Contains('/'))
                .ToDictionary(b => b.Name, b => b.Properties.LastModified!.Value.UtcDateTime, StringComparer.Ordinal);
            foreach (var (name, modified) in blobs)
            {
                var local = new FileInfo(Path.Combine(folder, name));
                if (!local.Exists || local.LastWriteTimeUtc < modified) Download(name, local.FullName, modified);
            }
            foreach (var local in new DirectoryInfo(folder).GetFiles().Where(f => !BeingWritten(f.Name)))
                if (!blobs.TryGetValue(local.Name, out var modified) || local.LastWriteTimeUtc > modified) Upload(local);
        }
        catch (RequestFailedException e)
        {
            throw new StorageException("cannot synchronise the models container", StorageErrors.Describe(e));
        }
    }

    /// <summary>Temporary files: this mirror's downloads (<c>.tmp</c>) and <see cref="AtomicFile"/>'s, such as <c>models fetch</c>'s.</summary>
    private static bool BeingWritten(string name) =>
        name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(AtomicFile.TemporaryExtension, StringComparison.Ordinal);

    private void Download(string name, string path, DateTime modified)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        container.GetBlobClient(name).DownloadTo(temporary);
        File.SetLastWriteTimeUtc(temporary, modified);
        File.Move(temporary, path, overwrite: true);
    }

    private void Upload(FileInfo local)
    {
        var blob = container.GetBlobClient(local.Name);
        using (var content = local.OpenRead()) blob.Upload(content, overwrite: true);
        // The local copy takes the blob's time, so that neither side looks newer on the next pass.
        File.SetLastWriteTimeUtc(local.FullName, blob.GetProperties().Value.LastModified.UtcDateTime);
    }
}
