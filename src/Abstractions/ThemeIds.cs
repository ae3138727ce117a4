using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>Theme keys derived from a theme's content, so the same theme always reaches the same grain.</summary>
public static class ThemeIds
{
    /// <summary>32 hexadecimal characters identifying the theme's name and notes, or an audio theme's name and features.</summary>
    public static string Of(ThemeDefinition theme)
    {
        var text = new StringBuilder(theme.Name);
        foreach (var note in theme.Notes)
            text.Append(CultureInfo.InvariantCulture, $";{note.Onset:R},{note.Duration:R},{note.Pitch}");
        if (theme.Chroma is { } chroma)
            text.Append(CultureInfo.InvariantCulture, $";{chroma.FeatureKind};{chroma.Version};{chroma.FeatureRate:R};")
                .Append(Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(chroma.Data.AsSpan()))));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 16);
    }
}
