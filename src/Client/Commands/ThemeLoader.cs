using Leitmotif.Abstractions.Messages;
using Leitmotif.Core;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Themes;

namespace Leitmotif.Client.Commands;

/// <summary>
/// Reads theme files on the client: scores (MIDI, MusicXML, CSV) at once, so that a bad file is reported by name before any
/// work starts; audio themes (query by example) once the query's feature kind is known, their features computed here with
/// the same extractor the cluster indexes with.
/// </summary>
public static class ThemeLoader
{
    /// <summary>
    /// The score themes that could be read, the audio themes (by extension) left for <see cref="LoadAudio"/>, and one-line
    /// reasons for the files that could not be read or do not exist.
    /// </summary>
    public static (List<ThemeDefinition> Themes, List<string> AudioFiles, List<string> Failures) Load(IEnumerable<string> files, ThemeReadOptions options)
    {
        var themes = new List<ThemeDefinition>();
        var audioFiles = new List<string>();
        var failures = new List<string>();
        foreach (var file in files)
        {
            if (AudioFileWalk.Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            {
                if (File.Exists(file)) audioFiles.Add(file);
                else failures.Add($"{file}: file not found");
                continue;
            }
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
        return (themes, audioFiles, failures);
    }

    /// <summary>
    /// The audio themes that could be read, their features computed with <paramref name="featureKind"/> from the models in
    /// <paramref name="modelsDirectory"/>, and one-line reasons for those that could not.
    /// </summary>
    /// <exception cref="InputException">This process cannot compute <paramref name="featureKind"/> (its model is not in the
    /// models folder), so no audio theme can be read.</exception>
    public static (List<ThemeDefinition> Themes, List<string> Failures) LoadAudio(IReadOnlyCollection<string> files, string featureKind, string modelsDirectory)
    {
        var themes = new List<ThemeDefinition>();
        var failures = new List<string>();
        if (files.Count == 0) return (themes, failures);
        IChromaFeatures extractor;
        try
        {
            extractor = new FeatureKindRegistry(modelsDirectory).Resolve(featureKind);
        }
        catch (InputException)
        {
            throw new InputException(files.First(), $"an audio theme's {featureKind} features are computed here, but {modelsDirectory} has no such model (--models-dir names the folder)");
        }
        foreach (var file in files)
        {
            try
            {
                var features = RecordingFeatures.Compute(file, extractor);
                themes.Add(new ThemeDefinition(Path.GetFileName(file), [], new ThemeChroma(extractor.Kind, extractor.Version, features.Data, features.FeatureRate)));
            }
            catch (InputException e)
            {
                failures.Add(e.Message);
            }
        }
        return (themes, failures);
    }
}
