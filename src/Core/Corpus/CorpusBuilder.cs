using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Themes;
using NAudio.Wave;

namespace Leitmotif.Core.Corpus;

/// <summary>
/// Builds a retrieval benchmark and training corpus from the ASAP dataset: renders performances with FluidSynth to
/// <c>recordings/</c> (one performance per piece, with themes and truth) and <c>performances/</c> (the other performances,
/// training only), cuts themes to <c>themes/</c> (performance tempo), <c>themes_score/</c> (score tempo) and
/// <c>themes_stress/</c> (score tempo × a seeded factor; see <see cref="ThemeFiles"/>), optionally renders the themes alone to
/// <c>themes_audio/</c> (<see cref="ThemeAudio"/>), and writes <c>truth.json</c> (the
/// <c>evaluate</c> format, every occurrence of a theme in its recording),
/// <c>pairs.jsonl</c> (weakly aligned training pairs) and <c>corpus.json</c> (folds and settings). Deterministic for a seed;
/// finished files are kept, so an interrupted run resumes; a bad input is reported and skipped.
/// </summary>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020, §4–5 (themes, weakly aligned pairs, folds); ASAP (Foscarin et al., ISMIR 2020).</remarks>
public static class CorpusBuilder
{
    /// <summary>Folder of the benchmark recordings inside the corpus folder.</summary>
    public const string RecordingsFolder = "recordings";

    /// <summary>Folder of the training-only audio inside the corpus folder.</summary>
    public const string PerformancesFolder = "performances";

    /// <summary>Folder of the theme MIDI files at the performance's tempo inside the corpus folder.</summary>
    public const string ThemesFolder = "themes";

    /// <summary>Folder of the same themes at the score's tempo inside the corpus folder.</summary>
    public const string ScoreThemesFolder = "themes_score";

    /// <summary>Folder of the same themes at the score's tempo times their stress factor inside the corpus folder.</summary>
    public const string StressThemesFolder = "themes_stress";

    /// <summary>The truth file (<c>evaluate</c> format) inside the corpus folder.</summary>
    public const string TruthFile = "truth.json";

    /// <summary>The training pairs file (JSON lines) inside the corpus folder.</summary>
    public const string PairsFile = "pairs.jsonl";

    private static readonly JsonSerializerOptions LineOptions = new(JsonFiles.SerializerOptions) { WriteIndented = false };

    /// <summary>Builds (or completes) the corpus in <paramref name="outDirectory"/>.</summary>
    /// <param name="asapDirectory">The ASAP dataset folder (holding <c>metadata.csv</c>).</param>
    /// <param name="outDirectory">The corpus folder; created where missing.</param>
    /// <param name="options">Seed, selection, length, programs.</param>
    /// <param name="progress">Called after each audio file is rendered or found finished, with (done, total).</param>
    /// <returns>Counts, render speed and the skipped inputs.</returns>
    /// <exception cref="InputException">FluidSynth or the SoundFont is missing, the dataset table is unusable, or the folder
    /// holds a corpus built with another seed or length.</exception>
    public static CorpusReport Build(string asapDirectory, string outDirectory, CorpusOptions options, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var render = options.Render ?? new RenderOptions();
        FluidSynthRenderer.EnsureAvailable(render.SoundFont);
        var (rows, metadataSkipped) = AsapMetadata.Read(asapDirectory);
        var root = Path.GetFullPath(outDirectory);
        RequireSameSettings(root, options);
        foreach (var folder in new[] { "", RecordingsFolder, PerformancesFolder }.Concat(ThemeFiles.Folders))
            AtomicFile.RemoveStale(Path.Combine(root, folder));

        var skipped = new List<string>(metadataSkipped);
        var selected = FoldAssignment.Shuffle(rows.Select(r => r.Piece), options.Seed).Take(options.MaxPieces ?? int.MaxValue)
            .Order(StringComparer.Ordinal).ToList();
        var performances = Prepare(rows, selected, options, skipped);

        var audio = performances
            .SelectMany(p => new int?[] { null }.Concat((options.Programs ?? []).Select(program => (int?)program))
                .Select(program => new AudioJob(p, program, Path.Combine(p.Benchmark ? RecordingsFolder : PerformancesFolder, FileName(p.Id, program)))))
            .ToList();
        var (rendered, reused, renderClock, renderedSeconds) = RenderAll(root, audio, options, render, skipped, progress);

        var recordings = new List<CorpusRecording>();
        var pairs = new List<TrainingPair>();
        foreach (var job in audio.Where(j => j.DurationSeconds > 0).OrderBy(j => j.File, StringComparer.Ordinal))
        {
            var p = job.Performance;
            recordings.Add(new CorpusRecording(Unix(job.File), p.Row.Composer, p.Row.Title, p.Row.Performer, p.Fold, Math.Round(job.DurationSeconds, 3), job.Program, p.Benchmark));
            foreach (var excerpt in ScoreExcerpts.Find(p.ScoreNotes, p.Downbeats, p.Map, options.Excerpts ?? new ExcerptOptions(), job.DurationSeconds))
            {
                var beatSeconds = Enumerable.Range(excerpt.StartBeat, excerpt.EndBeat - excerpt.StartBeat + 1).Select(b => Round(p.Map.PerformanceSeconds(b))).ToList();
                var notes = excerpt.Notes.Select(n => new BeatNote(Round(n.Onset), Round(n.Duration), n.Pitch)).ToList();
                pairs.Add(new TrainingPair(Unix(job.File), p.Fold, p.Row.Piece, beatSeconds[0], beatSeconds[^1], excerpt.Bars, notes, beatSeconds));
            }
        }

        var (themes, truth) = WriteThemes(root, audio, options);
        AtomicFile.WriteText(Path.Combine(root, TruthFile), JsonSerializer.Serialize(truth, JsonFiles.SerializerOptions));
        int audioThemes = options.ThemesAudio ? ThemeAudio.RenderMissing(root, truth, render, options.Parallelism, skipped) : 0;
        var lines = new StringBuilder();
        foreach (var pair in pairs) lines.Append(JsonSerializer.Serialize(pair, LineOptions)).Append('\n');
        AtomicFile.WriteText(Path.Combine(root, PairsFile), lines.ToString());
        var manifest = new CorpusManifest(options.Seed, FoldAssignment.DefaultFolds, options.Seconds, recordings, themes);
        AtomicFile.WriteText(Path.Combine(root, CorpusManifest.FileName), JsonSerializer.Serialize(manifest, JsonFiles.SerializerOptions));

        return new CorpusReport(
            recordings.Count(r => r.Benchmark), recordings.Count(r => !r.Benchmark), rendered, reused, themes.Count, pairs.Count,
            renderClock, renderedSeconds, skipped, themes.Count == 0 ? null : Quantiles.Of(themes.Select(t => t.TempoRatio).ToList()),
            truth.Where(t => t.Segments is { Count: > 1 }).Select(t => t.Theme).Distinct().Count(), audioThemes);
    }

    /// <summary>The corpus id of a performance: <c>composer_title_performer</c>, characters other than letters, digits,
    /// '-' and '.' replaced by '_'.</summary>
    /// <param name="performance">The performance.</param>
    public static string Id(AsapPerformance performance)
    {
        ArgumentNullException.ThrowIfNull(performance);
        var id = $"{performance.Composer}_{performance.Title}_{performance.Performer}";
        return string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
    }

    private static List<Performance> Prepare(IReadOnlyList<AsapPerformance> rows, IReadOnlyList<string> pieces, CorpusOptions options, List<string> skipped)
    {
        var scores = new Dictionary<string, (List<Note> Notes, BeatAnnotations Beats)>(StringComparer.Ordinal);
        var ids = new Dictionary<string, AsapPerformance>(StringComparer.Ordinal);
        var prepared = new List<Performance>();
        var folds = FoldAssignment.Assign(rows.Select(r => r.Piece), options.Seed);
        foreach (var piece in pieces)
        {
            bool benchmarkTaken = false;
            foreach (var row in rows.Where(r => r.Piece == piece))
            {
                var id = Id(row);
                if (ids.TryGetValue(id, out var first))
                {
                    skipped.Add($"{row.PerformanceMidi}: same composer, title and performer as {first.PerformanceMidi} (id {id}); skipped as a duplicate");
                    continue;
                }

                ids[id] = row;
                if (benchmarkTaken && options.BenchmarkOnly) continue;
                try
                {
                    if (!scores.TryGetValue(row.ScoreMidi, out var score))
                        scores[row.ScoreMidi] = score = (MidiThemeReader.ReadNotes(row.ScoreMidi).Notes, BeatAnnotations.Read(row.ScoreAnnotations));
                    var map = BeatTimeMap.FromAnnotations(score.Beats, BeatAnnotations.Read(row.PerformanceAnnotations));
                    if (!File.Exists(row.PerformanceMidi)) throw new InputException(row.PerformanceMidi, "file not found");
                    prepared.Add(new Performance(row, id, folds[piece], !benchmarkTaken, score.Notes, score.Beats.Downbeats, map));
                    benchmarkTaken = true;
                }
                catch (InputException e)
                {
                    skipped.Add(e.Message);
                }
            }
        }

        return prepared;
    }

    private static (int Rendered, int Reused, double Seconds, double AudioSeconds) RenderAll(
        string root, List<AudioJob> audio, CorpusOptions options, RenderOptions render, List<string> skipped, Action<int, int>? progress)
    {
        int done = 0, rendered = 0, reused = 0;
        double audioSeconds = 0;
        var clock = Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        Parallel.ForEach(audio, parallel, job =>
        {
            var path = Path.Combine(root, job.File);
            try
            {
                if (File.Exists(path))
                {
                    using var reader = new WaveFileReader(path);
                    job.DurationSeconds = reader.TotalTime.TotalSeconds;
                    Interlocked.Increment(ref reused);
                }
                else
                {
                    job.DurationSeconds = FluidSynthRenderer.Render(job.Performance.Row.PerformanceMidi, path, render, options.Seconds, job.Program);
                    lock (skipped) audioSeconds += job.DurationSeconds;
                    Interlocked.Increment(ref rendered);
                }
            }
            catch (Exception e) when (e is InputException or IOException or FormatException)
            {
                lock (skipped) skipped.Add(e is InputException ? e.Message : $"{path}: {e.Message}");
            }

            progress?.Invoke(Interlocked.Increment(ref done), audio.Count);
        });
        return (rendered, reused, clock.Elapsed.TotalSeconds, audioSeconds);
    }

    private static (List<CorpusTheme> Themes, List<TruthEntry> Truth) WriteThemes(string root, List<AudioJob> audio, CorpusOptions options)
    {
        var themes = new List<CorpusTheme>();
        var truth = new List<TruthEntry>();
        var benchmark = audio.Where(j => j.Performance.Benchmark && j.DurationSeconds > 0).GroupBy(j => j.Performance);
        foreach (var versions in benchmark.OrderBy(g => g.Key.Id, StringComparer.Ordinal))
        {
            var p = versions.Key;
            double rendered = versions.Min(v => v.DurationSeconds);
            var candidates = ScoreExcerpts.Find(p.ScoreNotes, p.Downbeats, p.Map, options.Excerpts ?? new ExcerptOptions(), rendered);
            var picks = ScoreExcerpts.Spread(candidates, options.ThemesPerRecording, new Random(StableSeed.Of(options.Seed, p.Id)));
            for (int k = 0; k < picks.Count; k++)
            {
                var excerpt = picks[k];
                var name = $"{p.Id}_{k + 1}.mid";
                int beats = excerpt.EndBeat - excerpt.StartBeat;
                double start = Round(p.Map.PerformanceSeconds(excerpt.StartBeat)), end = Round(p.Map.PerformanceSeconds(excerpt.EndBeat));
                double stressFactor = TempoStress.Factor(options.Seed, name);
                ThemeFiles.WriteMissing(root, name, excerpt, p.Map, performanceQpm: 60 * beats / (end - start), stressFactor);
                var segments = ExcerptOccurrences.Find(p.ScoreNotes, p.Map, excerpt, rendered)
                    .Select(b => (IReadOnlyList<double>)[Round(p.Map.PerformanceSeconds(b)), Round(p.Map.PerformanceSeconds(b + beats))])
                    .ToList();
                themes.Add(new CorpusTheme(Unix(Path.Combine(ThemesFolder, name)), Unix(Path.Combine(RecordingsFolder, FileName(p.Id, null))),
                    p.Fold, start, end, excerpt.Bars, excerpt.Notes.Count, Math.Round(p.Map.TempoRatio(excerpt.StartBeat, excerpt.EndBeat), 4), stressFactor));
                truth.AddRange(versions.OrderBy(v => v.File, StringComparer.Ordinal)
                    .Select(v => new TruthEntry(name, Path.GetFileName(v.File), start, end, segments)));
            }
        }

        return (themes, truth);
    }

    private static void RequireSameSettings(string root, CorpusOptions options)
    {
        var path = Path.Combine(root, CorpusManifest.FileName);
        if (!File.Exists(path)) return;
        CorpusManifest? earlier;
        try
        {
            earlier = JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(path), JsonFiles.SerializerOptions);
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"malformed manifest of an earlier run ({e.Message}); delete it or use another --out", e);
        }

        if (earlier != null && (earlier.Seed != options.Seed || earlier.Seconds != options.Seconds))
        {
            throw new InputException(root, string.Create(CultureInfo.InvariantCulture,
                $"holds a corpus built with seed {earlier.Seed} and seconds {earlier.Seconds?.ToString() ?? "all"}; use the same settings to complete it, or another --out"));
        }
    }

    private static string FileName(string id, int? program) =>
        program is { } p ? string.Create(CultureInfo.InvariantCulture, $"{id}_program{p:000}.wav") : $"{id}.wav";

    private static string Unix(string relativePath) => relativePath.Replace(Path.DirectorySeparatorChar, '/');

    private static double Round(double value) => Math.Round(value, 3);

    private sealed record Performance(
        AsapPerformance Row, string Id, int Fold, bool Benchmark, List<Note> ScoreNotes, IReadOnlyList<int> Downbeats, BeatTimeMap Map);

    private sealed record AudioJob(Performance Performance, int? Program, string File)
    {
        public double DurationSeconds { get; set; }
    }
}
