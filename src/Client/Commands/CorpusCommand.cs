using System.CommandLine;
using System.Globalization;
using Leitmotif.Client.Output;
using Leitmotif.Core;
using Leitmotif.Core.Corpus;

namespace Leitmotif.Client.Commands;

/// <summary><c>leitmotif corpus build</c>: renders the ASAP dataset into a retrieval benchmark and training pairs.</summary>
public static class CorpusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var asap = new Option<string>("--asap") { Description = "The ASAP dataset folder (holding metadata.csv)", Required = true };
        var output = new Option<string>("--out") { Description = "Corpus folder: recordings/, performances/, themes/, themes_score/, themes_stress/, truth.json, pairs.jsonl, corpus.json (and themes_audio/, truth_audio.json with --themes-audio)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of folds, piece selection and theme positions", DefaultValueFactory = _ => 0 };
        var maxPieces = new Option<int?>("--max-pieces") { Description = "Build at most this many pieces (a seeded selection); default all" };
        var seconds = new Option<double?>("--seconds") { Description = "Render only the first S seconds of each performance; default whole" };
        var programs = new Option<string?>("--programs") { Description = "Extra versions with every instrument replaced by these General MIDI programs, e.g. 0,48" };
        var soundFont = new Option<string>("--soundfont") { Description = "SoundFont to render with", DefaultValueFactory = _ => RenderOptions.DefaultSoundFont };
        var benchmarkOnly = new Option<bool>("--benchmark-only") { Description = "Render only the one performance per piece used for themes and truth (pairs from those alone)" };
        var themesAudio = new Option<bool>("--themes-audio") { Description = "Also render each theme of themes/ alone to themes_audio/<name>.wav, with their truth in truth_audio.json (audio queries)" };
        var build = new Command("build", "Render ASAP performances with FluidSynth; write recordings, themes, truth.json, pairs.jsonl and corpus.json")
        {
            asap, output, seed, maxPieces, seconds, programs, soundFont, benchmarkOnly, themesAudio,
        };
        build.SetAction(async (parse, cancellationToken) =>
        {
            var options = new CorpusOptions(
                Seed: parse.GetValue(seed),
                MaxPieces: parse.GetValue(maxPieces),
                Seconds: parse.GetValue(seconds),
                Programs: ParsePrograms(parse.GetValue(programs)),
                BenchmarkOnly: parse.GetValue(benchmarkOnly),
                Render: new RenderOptions(SoundFont: parse.GetValue(soundFont)!),
                ThemesAudio: parse.GetValue(themesAudio));
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new InputException("corpus build", e.Message);
            }

            FluidSynthRenderer.EnsureAvailable(options.Render!.SoundFont);
            int done = 0, total = 0;
            var work = Task.Run(() => CorpusBuilder.Build(parse.GetValue(asap)!, parse.GetValue(output)!, options, (d, t) =>
            {
                Volatile.Write(ref total, t);
                Volatile.Write(ref done, d);
            }));
            await ProgressDisplay.FollowAsync("rendering",
                ProgressDisplay.Poll(() => Task.FromResult((Done: Volatile.Read(ref done), Total: Math.Max(Volatile.Read(ref total), 1))),
                    _ => work.IsCompleted, cancellationToken),
                p => (p.Done, p.Total, null), cancellationToken);
            var result = await work;
            Print(result, parse.GetValue(output)!);
            return Failures.Report("input(s)", result.Skipped) ? 1 : 0;
        });
        return new Command("corpus", "Build benchmark corpora") { build };
    }

    private static List<int> ParsePrograms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var program) && program <= 127
                ? program
                : throw new InputException($"--programs {text}", $"'{p}' is not a General MIDI program number (0–127)"))
            .ToList();
    }

    private static void Print(CorpusReport report, string folder)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"corpus in {Path.GetFullPath(folder)}"));
        Console.WriteLine(string.Create(c, $"recordings    {report.Recordings} (+ {report.TrainingAudio} training-only audio files)"));
        Console.WriteLine(string.Create(c, $"themes        {report.Themes} in each of themes/, themes_score/, themes_stress/; {report.RepeatedThemes} occur more than once in their recording"));
        if (report.TempoRatios is { } r)
        {
            Console.WriteLine(string.Create(c,
                $"tempo ratio   performance ÷ score: min {r.Min:0.00}, p10 {r.P10:0.00}, q1 {r.Q1:0.00}, median {r.Median:0.00}, q3 {r.Q3:0.00}, p90 {r.P90:0.00}, max {r.Max:0.00}"));
        }
        if (report.AudioThemes > 0)
            Console.WriteLine(string.Create(c, $"themes audio  {report.AudioThemes} themes rendered alone in {ThemeAudio.Folder}/, truth in {ThemeAudio.TruthFile}"));
        Console.WriteLine(string.Create(c, $"pairs         {report.Pairs}"));
        var speed = report.RenderedAudioSeconds > 0 ? $", {report.RenderSeconds / (report.RenderedAudioSeconds / 60):0.0} s per minute of audio" : "";
        Console.WriteLine(string.Create(c, $"rendered      {report.Rendered} file(s), reused {report.Reused}, {report.RenderSeconds:0.0} s{speed}"));
    }
}
