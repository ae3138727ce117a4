namespace Leitmotif.Core.Corpus;

/// <summary>What one <see cref="CorpusBuilder.Build"/> run did.</summary>
/// <param name="Recordings">Benchmark recordings in <c>recordings/</c> (all program versions).</param>
/// <param name="TrainingAudio">Training-only audio files in <c>performances/</c>.</param>
/// <param name="Rendered">Audio files rendered by this run.</param>
/// <param name="Reused">Audio files found finished from an earlier run.</param>
/// <param name="Themes">Themes (each written to <c>themes/</c>, <c>themes_score/</c> and <c>themes_stress/</c>).</param>
/// <param name="Pairs">Lines of <c>pairs.jsonl</c>.</param>
/// <param name="RenderSeconds">Wall-clock time spent rendering, seconds.</param>
/// <param name="RenderedAudioSeconds">Audio rendered by this run, seconds.</param>
/// <param name="Skipped">One line per skipped input: the input and the reason.</param>
/// <param name="TempoRatios">The distribution of the themes' <see cref="CorpusTheme.TempoRatio"/> (performance ÷ score tempo);
/// null without themes.</param>
/// <param name="RepeatedThemes">Themes that occur more than once in their recording (several truth segments).</param>
/// <param name="AudioThemes">Themes rendered alone in <c>themes_audio/</c> (<see cref="ThemeAudio"/>); 0 when not asked for.</param>
public sealed record CorpusReport(
    int Recordings, int TrainingAudio, int Rendered, int Reused, int Themes, int Pairs,
    double RenderSeconds, double RenderedAudioSeconds, IReadOnlyList<string> Skipped, Quantiles? TempoRatios, int RepeatedThemes,
    int AudioThemes = 0);
