using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Leitmotif.Core.Corpus;
using Leitmotif.Core.Storage;

namespace Leitmotif.Core.Model.Published;

/// <summary>
/// Installs published models and their licence into a models folder from a <see cref="ModelSource"/>. Each file is written to
/// a temporary file beside its destination while its SHA-256 is computed, checked against its pin, and only then renamed into
/// place (<see cref="AtomicFile"/>): the folder never holds a partial or unverified file, whatever fails. A file already there
/// with the pinned content is kept, so a fetch that was interrupted resumes where it stopped.
/// </summary>
/// <param name="http">The client for http(s) sources.</param>
/// <param name="source">Where the files come from.</param>
/// <param name="folder">The models folder; created where missing.</param>
public sealed class ModelFetcher(HttpClient http, ModelSource source, string folder)
{
    private const int BufferBytes = 81920;

    /// <summary>Installs <paramref name="models"/> one after the other, yielding each once both its files are in place.</summary>
    /// <exception cref="InputException">One line naming the URL or path: unreachable, not found or another HTTP error, a download
    /// cut short, or content whose SHA-256 is not the pinned one; or naming the folder: disk full.</exception>
    public async IAsyncEnumerable<FetchedModel> FetchAsync(IReadOnlyList<PublishedModel> models,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var model in models)
        {
            bool downloaded = false;
            long bytes = 0;
            foreach (var file in model.Files)
            {
                downloaded |= await InstallAsync(file, cancellationToken);
                bytes += new FileInfo(Destination(file)).Length;
            }
            yield return new FetchedModel(model.Id, bytes, downloaded);
        }
    }

    /// <summary>Installs the licence of the published models beside them.</summary>
    /// <returns>Its text.</returns>
    /// <exception cref="InputException">As for <see cref="FetchAsync"/>.</exception>
    public async Task<string> FetchLicenceAsync(CancellationToken cancellationToken = default)
    {
        await InstallAsync(PublishedModels.Licence, cancellationToken);
        return await File.ReadAllTextAsync(Destination(PublishedModels.Licence), cancellationToken);
    }

    private string Destination(PinnedFile file) => Path.Combine(folder, file.FileName);

    /// <returns>False when the file was already installed.</returns>
    private async Task<bool> InstallAsync(PinnedFile file, CancellationToken cancellationToken)
    {
        string destination = Destination(file);
        if (file.IsAt(destination)) return false;
        var locations = source.Locations(file);
        foreach (var location in locations)
        {
            await using var content = await TryOpenAsync(location, cancellationToken);
            if (content is null) continue;
            await AtomicFile.WriteAsync(destination, temporary => CopyVerifiedAsync(content, temporary, file, location, cancellationToken));
            return true;
        }
        throw new InputException(string.Join(" or ", locations.Select(ModelSource.Describe)), "not found");
    }

    /// <summary>The content at <paramref name="location"/>, or null where there is no such file (another location may have it).</summary>
    private async Task<Stream?> TryOpenAsync(Uri location, CancellationToken cancellationToken)
    {
        if (location.IsFile) return File.Exists(location.LocalPath) ? File.OpenRead(location.LocalPath) : null;
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(location, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new InputException(ModelSource.Describe(location), $"unreachable: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InputException(ModelSource.Describe(location), $"unreachable: no answer within {http.Timeout.TotalSeconds:0} s", e);
        }
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            response.Dispose();
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new InputException(ModelSource.Describe(location), $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    /// <summary>Copies <paramref name="content"/> to <paramref name="temporary"/>, hashing it on the way, and throws unless its
    /// SHA-256 is <paramref name="file"/>'s pin.</summary>
    /// <remarks>A loop rather than <see cref="Stream.CopyToAsync(Stream)"/>: a failed read is the download's fault (naming
    /// the URL), a failed write the disk's (naming the folder).</remarks>
    private async Task CopyVerifiedAsync(Stream content, string temporary, PinnedFile file, Uri location, CancellationToken cancellationToken)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferBytes];
        try
        {
            await using var output = File.Create(temporary);
            int read;
            while ((read = await ReadAsync(content, buffer, location, cancellationToken)) > 0)
            {
                sha256.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch (IOException e) when (DiskFull.Caused(e))
        {
            throw new InputException(Path.GetFullPath(folder), $"disk full: no space left for {file.FileName}", e);
        }
        string actual = Convert.ToHexStringLower(sha256.GetHashAndReset());
        if (actual != file.Sha256)
            throw new InputException(ModelSource.Describe(location),
                $"SHA-256 {actual} is not the pinned {file.Sha256} of {file.FileName}; the file was not installed");
    }

    private static async Task<int> ReadAsync(Stream content, byte[] buffer, Uri location, CancellationToken cancellationToken)
    {
        try
        {
            return await content.ReadAsync(buffer, cancellationToken);
        }
        catch (IOException e)
        {
            throw new InputException(ModelSource.Describe(location), $"download interrupted: {e.Message}", e);
        }
    }
}
