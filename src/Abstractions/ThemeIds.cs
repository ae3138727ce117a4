using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>Theme keys derived from a theme's content, so the same theme always reaches the same grain.</summary>
public static class ThemeIds
{
    /// <summary>32 hexadecimal characters identifying the theme's name and notes.</summary>
    public static string Of(ThemeDefinition theme)
    {
        var text = new StringBuilder(theme.Name);
        foreach (var note in theme.Notes)
            text.Append(CultureInfo.InvariantCulture, $";{note.Onset:R},{note.Duration:R},{note.Pitch}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 16);
    }
}
