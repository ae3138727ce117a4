using Leitmotif.Core.Storage;

namespace Leitmotif.Core.Audio;

/// <summary>Recordings in local files and folders, walked by <see cref="AudioFileWalk"/>.</summary>
public sealed class LocalRecordingSource : IRecordingSource
{
    /// <summary>Everything that is not a URI with a scheme of two letters or more (a Windows drive letter is one).</summary>
    public bool Handles(string location) => !RecordingLocations.IsUri(location);

    public string Normalise(string root) => AudioFileWalk.NormaliseRoots([root])[0];

    public IEnumerable<string> Enumerate(string root, string? after = null) => AudioFileWalk.Enumerate([root], after);

    public string Fingerprint(string location) => SourceFingerprint.Of(location);

    public Stream Open(string location)
    {
        if (!File.Exists(location)) throw new InputException(location, "file not found");
        return new FileStream(location, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
    }
}
