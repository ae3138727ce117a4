using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Leitmotif.Core.Themes;

/// <summary>
/// Opens a MusicXML score: an uncompressed file (<c>.musicxml</c>, <c>.xml</c>) or a compressed one (<c>.mxl</c>, a ZIP
/// archive whose <c>META-INF/container.xml</c> names the score inside).
/// </summary>
/// <remarks>MusicXML 4.0 (W3C Music Notation Community Group), "Compressed MusicXML files"; parsing by System.Xml.Linq,
/// unpacking by System.IO.Compression. The DTD a score names is never fetched.</remarks>
internal static class MusicXmlFile
{
    private const string ContainerEntry = "META-INF/container.xml";

    /// <summary>The score document in <paramref name="path"/>; its root is <c>score-partwise</c> or <c>score-timewise</c>.</summary>
    /// <exception cref="InputException">Missing, unreadable or not a MusicXML score.</exception>
    public static XDocument Open(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, "file not found");
        var score = Path.GetExtension(path).Equals(".mxl", StringComparison.OrdinalIgnoreCase) ? OpenCompressed(path) : Parse(path, path, File.OpenRead(path));
        string root = score.Root!.Name.LocalName;
        if (root is not ("score-partwise" or "score-timewise"))
            throw new InputException(path, $"not a MusicXML score (root element <{root}>, expected <score-partwise> or <score-timewise>)");
        return score;
    }

    private static XDocument OpenCompressed(string path)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            var container = archive.GetEntry(ContainerEntry)
                ?? throw new InputException(path, $"compressed MusicXML without {ContainerEntry}");
            var rootFile = Parse(path, $"{path}!{ContainerEntry}", container.Open())
                .Descendants().FirstOrDefault(e => e.Name.LocalName == "rootfile")?.Attribute("full-path")?.Value
                ?? throw new InputException(path, $"{ContainerEntry} names no rootfile");
            var entry = archive.GetEntry(rootFile) ?? throw new InputException(path, $"the rootfile '{rootFile}' named in {ContainerEntry} is not in the archive");
            return Parse(path, $"{path}!{rootFile}", entry.Open());
        }
        catch (InvalidDataException e)
        {
            throw new InputException(path, $"not a readable compressed MusicXML (.mxl) file ({e.Message})", e);
        }
    }

    /// <summary>Parses XML from <paramref name="content"/> (disposed), naming <paramref name="location"/> in a parse error.</summary>
    private static XDocument Parse(string path, string location, Stream content)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using (content)
            using (var reader = XmlReader.Create(content, settings))
                return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            string where = location == path ? "" : $" in {location[(path.Length + 1)..]}";
            throw new InputException(path, $"not well-formed XML{where} (line {e.LineNumber}, position {e.LinePosition}: {FirstSentence(e.Message)})", e);
        }
    }

    /// <summary>XmlException messages end with their own "Line n, position m." which the caller already states.</summary>
    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". Line ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).ReplaceLineEndings(" ").TrimEnd('.');
    }
}
