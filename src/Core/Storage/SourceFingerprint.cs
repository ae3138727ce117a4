namespace Leitmotif.Core.Storage;

/// <summary>A cheap fingerprint of an audio file (length and last write time), so that a changed file is re-indexed.</summary>
public static class SourceFingerprint
{
    /// <summary>The fingerprint of the file at <paramref name="path"/>; an <see cref="InputException"/> if it does not exist.</summary>
    public static string Of(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new InputException(path, "file not found");
        return $"{info.Length}-{info.LastWriteTimeUtc.Ticks}";
    }
}
