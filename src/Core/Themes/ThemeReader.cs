namespace Leitmotif.Core.Themes;

/// <summary>Reads a theme file of any supported format, chosen by its extension: <c>.mid</c>, <c>.midi</c>, <c>.csv</c>,
/// <c>.musicxml</c>, <c>.xml</c>, <c>.mxl</c>.</summary>
/// <remarks>Themes as note lists: Zalkow &amp; Müller, ISMIR 2020; design.md "Retrieval".</remarks>
public static class ThemeReader
{
    /// <summary>The extensions <see cref="Read"/> accepts, lower case.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".mid", ".midi", ".csv", ".musicxml", ".xml", ".mxl"];

    /// <summary>Reads the theme in <paramref name="path"/> with <see cref="MidiThemeReader"/>, <see cref="CsvThemeReader"/> or
    /// <see cref="MusicXmlThemeReader"/>.</summary>
    /// <param name="path">Theme file; the extension is matched case-insensitively.</param>
    /// <param name="options">Reading options (tempo of CSV and MusicXML themes, MusicXML part).</param>
    /// <returns>A monophonic theme in seconds starting at 0 s.</returns>
    /// <exception cref="InputException">Unsupported extension, missing or malformed file, or no notes.</exception>
    public static Theme Read(string path, ThemeReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".mid" or ".midi" => MidiThemeReader.Read(path),
            ".csv" => CsvThemeReader.Read(path, options.TempoQpm),
            ".musicxml" or ".xml" or ".mxl" => MusicXmlThemeReader.Read(path, options.TempoQpm, options.Part),
            _ => throw new InputException(path, $"unsupported theme format '{extension}' (expected {string.Join(", ", Extensions)})"),
        };
    }
}
