using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Themes;

namespace Leitmotif.Grains.Tests;

/// <summary>Reads theme files into the messages the query grain takes, as the command line does.</summary>
public static class DemoThemes
{
    public static List<ThemeDefinition> Load(string folder) => Directory.GetFiles(folder, "*.mid")
        .Order(StringComparer.Ordinal)
        .Select(file => ThemeReader.Read(file, new ThemeReadOptions()))
        .Select(theme => new ThemeDefinition(theme.Name, theme.Notes.Select(n => new ThemeNote(n.OnsetSeconds, n.DurationSeconds, n.Pitch)).ToList()))
        .ToList();
}
