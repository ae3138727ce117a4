using Leitmotif.Client.Commands;
using Leitmotif.Core;
using Leitmotif.Core.Themes;
using NAudio.Wave;

namespace Leitmotif.Client.Tests.Commands;

public sealed class ThemeLoaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("leitmotif-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Path(string name) => System.IO.Path.Combine(_folder.FullName, name);

    /// <summary>Two seconds of a 440 Hz tone (A), 22050 Hz mono.</summary>
    private string ToneA(string name)
    {
        var samples = Enumerable.Range(0, 2 * 22050).Select(n => 0.5f * MathF.Sin(2 * MathF.PI * 440 * n / 22050)).ToArray();
        using var writer = new WaveFileWriter(Path(name), new WaveFormat(22050, 16, 1));
        writer.WriteSamples(samples, 0, samples.Length);
        return Path(name);
    }

    [Fact]
    public void Load_reads_scores_now_leaves_audio_themes_for_later_and_reports_a_missing_one()
    {
        File.WriteAllText(Path("theme.csv"), "onset,duration,pitch\n0,1,60\n");
        string tone = ToneA("tone.wav");

        var (themes, audioFiles, failures) = ThemeLoader.Load([Path("theme.csv"), tone, Path("gone.ogg")], new ThemeReadOptions());

        Assert.Equal("theme.csv", Assert.Single(themes).Name);
        Assert.Equal([tone], audioFiles);
        Assert.Equal([$"{Path("gone.ogg")}: file not found"], failures);
    }

    [Fact]
    public void LoadAudio_computes_the_features_of_the_querys_kind()
    {
        string tone = ToneA("tone.wav");

        var (themes, failures) = ThemeLoader.LoadAudio([tone], "cens", Path("models"));

        Assert.Empty(failures);
        var theme = Assert.Single(themes);
        Assert.Equal("tone.wav", theme.Name);
        Assert.Empty(theme.Notes);
        var chroma = theme.Chroma!;
        Assert.Equal(("cens", "1", 5.0), (chroma.FeatureKind, chroma.Version, chroma.FeatureRate));
        Assert.InRange(chroma.Data.Length / 12, 9, 11);
        var middle = chroma.Data.AsSpan(chroma.Data.Length / 24 * 12, 12).ToArray();
        Assert.Equal(9, Array.IndexOf(middle, middle.Max())); // pitch class A
    }

    [Fact]
    public void LoadAudio_lists_an_unreadable_excerpt_and_goes_on()
    {
        File.WriteAllText(Path("noise.wav"), "not audio");
        string tone = ToneA("tone.wav");

        var (themes, failures) = ThemeLoader.LoadAudio([Path("noise.wav"), tone], "cqt", Path("models"));

        Assert.Equal("tone.wav", Assert.Single(themes).Name);
        Assert.StartsWith($"{Path("noise.wav")}: ", Assert.Single(failures));
    }

    [Fact]
    public void LoadAudio_of_a_model_kind_missing_here_is_one_line_naming_the_models_folder()
    {
        string tone = ToneA("tone.wav");

        var e = Assert.Throws<InputException>(() => ThemeLoader.LoadAudio([tone], "ctc:v2_ctc_train345valid1", Path("models")));

        Assert.Equal($"{tone}: an audio theme's ctc:v2_ctc_train345valid1 features are computed here, but {Path("models")} has no such model (--models-dir names the folder)",
            e.Message);
    }
}
