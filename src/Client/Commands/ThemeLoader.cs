using Leitmotif.Abstractions.Messages;
using Leitmotif.Core;
using Leitmotif.Core.Themes;

namespace Leitmotif.Client.Commands;

/// <summary>Reads theme files on the client, so that a bad file is reported by name before any work starts.</summary>
public static class ThemeLoader
{
    /// <summary>The themes that could be read, and one-line reasons for those that could not.</summary>
    public static (List<ThemeDefinition> Themes, List<string> Failures) Load(IEnumerable<string> files, ThemeReadOptions options)
    {
        var themes = new List<ThemeDefinition>();
        var failures = new List<string>();
        foreach (var file in files)
        {
            try
            {
                var theme = ThemeReader.Read(file, options);
                foreach (var remark in theme.Remarks) Console.Error.WriteLine($"note: {file}: {remark}");
                themes.Add(new ThemeDefinition(theme.Name, theme.Notes.Select(n => new ThemeNote(n.OnsetSeconds, n.DurationSeconds, n.Pitch)).ToList()));
            }
            catch (InputException e)
            {
                failures.Add(e.Message);
            }
        }
        return (themes, failures);
    }
}
