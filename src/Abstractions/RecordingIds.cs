using System.Security.Cryptography;
using System.Text;

namespace Leitmotif.Abstractions;

/// <summary>Stable recording keys derived from the recording's absolute path.</summary>
public static class RecordingIds
{
    /// <summary>32 hexadecimal characters identifying the file at <paramref name="path"/>.</summary>
    public static string FromPath(string path)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path)));
        return Convert.ToHexStringLower(bytes, 0, 16);
    }
}
