namespace Leitmotif.Client.Output;

/// <summary>File sizes as people read them.</summary>
public static class ByteSizes
{
    private const double BytesPerKilobyte = 1024, BytesPerMegabyte = 1024 * 1024;

    /// <summary><paramref name="bytes"/> in whole KB below a megabyte (<c>873 KB</c>), else in MB to a tenth (<c>17.0 MB</c>).</summary>
    public static string Format(long bytes) =>
        bytes < BytesPerMegabyte ? $"{bytes / BytesPerKilobyte:0} KB" : $"{bytes / BytesPerMegabyte:0.0} MB";
}
