using System.Security.Cryptography;
using System.Text;

namespace Leitmotif.Core.Shards;

/// <summary>
/// Recording keys: 16 hexadecimal characters of SHA-256 over the recording's name (its path relative to the root it was
/// indexed under, <see cref="Audio.RecordingNames"/>), then 16 over its <see cref="Storage.ContentFingerprint"/>. The key
/// never holds the absolute location, so a collection whose root moves (a disk mounted elsewhere) keeps its keys; and it
/// starts with the name's part, so that every recording of a name falls in one partition, found before the file is read.
/// </summary>
public static class RecordingIds
{
    /// <summary>The key of the recording named <paramref name="name"/> with content <paramref name="contentFingerprint"/>.</summary>
    public static string Of(string name, string contentFingerprint) => NameKey(name) + Hex16(contentFingerprint);

    /// <summary>The part of the key that the name gives: the first 16 characters of every key of that name.</summary>
    public static string NameKey(string name) => Hex16(name);

    private static string Hex16(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
}
