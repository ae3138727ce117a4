namespace Leitmotif.Core.Audio;

/// <summary>Recordings in local files and folders, walked by <see cref="AudioFileWalk"/>.</summary>
public sealed class LocalRecordingSource : IRecordingSource
{
    /// <summary>Everything that is not a URI with a scheme of two letters or more (a Windows drive letter is one).</summary>
    public bool Handles(string location) => !RecordingLocations.IsUri(location);

    public string Normalise(string root) => AudioFileWalk.NormaliseRoots([root])[0];

    public IEnumerable<string> Enumerate(string root, string? after = null) => AudioFileWalk.Enumerate([root], after);

    public RecordingStamp Stamp(string location) => StampOf(location);

    /// <summary>The size and last write time of the file at <paramref name="path"/>; an <see cref="InputException"/> if it does not exist.</summary>
    public static RecordingStamp StampOf(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new InputException(path, "file not found");
        return new RecordingStamp(info.Length, info.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public bool Exists(string location) => File.Exists(location);

    public Stream Open(string location)
    {
        if (!File.Exists(location)) throw new InputException(location, "file not found");
        return new FileStream(location, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
    }
}
