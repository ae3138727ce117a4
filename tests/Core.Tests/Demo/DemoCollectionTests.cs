using Leitmotif.Core.Audio;
using Leitmotif.Core.Demo;
using Leitmotif.Core.Evaluation;
using NAudio.Midi;
using NAudio.Wave;

namespace Leitmotif.Core.Tests.Demo;

/// <summary>Two collections written with the same seed, shared by the tests of one class.</summary>
public sealed class DemoCollectionFixture : IDisposable
{
    public DemoCollectionFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), $"leitmotif-demo-{Guid.NewGuid():N}");
        First = DemoCollection.Create(Path.Combine(Root, "first"), seed: 7);
        Second = DemoCollection.Create(Path.Combine(Root, "second"), seed: 7);
    }

    public string Root { get; }

    public DemoCollectionInfo First { get; }

    public DemoCollectionInfo Second { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

public class DemoCollectionTests(DemoCollectionFixture fixture) : IClassFixture<DemoCollectionFixture>
{
    private static IReadOnlyList<DemoMelody> Melodies => DemoMelodies.All;

    private DemoCollectionInfo Info => fixture.First;

    [Fact]
    public void WritesOne22050HzMono16BitRecordingPerMelody()
    {
        Assert.Equal(Melodies.Count, Info.Count);
        Assert.Equal(Melodies.Select(m => m.Name + ".wav").Order(), Directory.GetFiles(Info.RecordingsFolder).Select(Path.GetFileName).Order());
        Assert.All(Melodies, m =>
        {
            using var reader = new WaveFileReader(Path.Combine(Info.RecordingsFolder, m.Name + ".wav"));
            Assert.Equal(AudioSignal.DefaultSampleRate, reader.WaveFormat.SampleRate);
            Assert.Equal(1, reader.WaveFormat.Channels);
            Assert.Equal(16, reader.WaveFormat.BitsPerSample);
            Assert.Equal(WaveFormatEncoding.Pcm, reader.WaveFormat.Encoding);
            Assert.InRange(reader.TotalTime.TotalSeconds, 15, 30);
        });
    }

    [Fact]
    public void WritesOneThemePerMelodyWithItsNotesAndTempo()
    {
        Assert.Equal(Melodies.Select(m => m.Name + ".mid").Order(), Directory.GetFiles(Info.ThemesFolder, "*.mid").Select(Path.GetFileName).Order());
        Assert.All(Melodies, m =>
        {
            var midi = new MidiFile(Path.Combine(Info.ThemesFolder, m.Name + ".mid"), strictChecking: true);
            var events = midi.Events.SelectMany(track => track).ToList();
            var tempo = Assert.Single(events.OfType<TempoEvent>());
            var ons = events.OfType<NoteOnEvent>().Where(e => e.Velocity > 0).ToList();

            Assert.Equal(1, midi.FileFormat);
            Assert.Equal(ThemeMidiFile.MicrosecondsPerQuarterNote(m.ThemeQpm), tempo.MicrosecondsPerQuarterNote);
            Assert.Equal(m.ThemeQpm, 60_000_000.0 / tempo.MicrosecondsPerQuarterNote, 0.01);
            Assert.Equal(m.ThemeNotes.Select(n => n.Pitch), ons.Select(e => e.NoteNumber));
        });
    }

    [Fact]
    public void TruthListsEveryThemeInsideItsRecording()
    {
        var truth = JsonFiles.Read<TruthEntry>(Info.TruthFile);

        Assert.Equal([.. Melodies.Select(m => m.Name + ".mid"), DemoCollection.AudioThemeFile(DemoCollection.AudioThemeMelody)], truth.Select(t => t.Theme));
        Assert.All(Melodies.Zip(truth), pair =>
        {
            var (melody, entry) = pair;
            using var reader = new WaveFileReader(Path.Combine(Info.RecordingsFolder, entry.Recording));
            var themeBeats = melody.ThemeNotes[^1].End - melody.ThemeNotes[0].Onset;

            Assert.Equal(melody.Name + ".wav", entry.Recording);
            Assert.InRange(entry.Start, DemoArranger.MinIntroSeconds - DemoArranger.JitterSeconds, entry.End);
            Assert.True(entry.End <= reader.TotalTime.TotalSeconds, $"{entry} vs {reader.TotalTime}");
            Assert.Equal(themeBeats * 60 / melody.RecordingQpm, entry.End - entry.Start, 0.02);
        });
    }

    [Fact]
    public void OneThemeIsAlsoAudioOfItsNotesAloneAtTheThemeTempoWithTheMidiThemesTruth()
    {
        var melody = Melodies.Single(m => m.Name == DemoCollection.AudioThemeMelody);
        string file = DemoCollection.AudioThemeFile(melody.Name);
        var truth = JsonFiles.Read<TruthEntry>(Info.TruthFile);

        using var reader = new WaveFileReader(Path.Combine(Info.ThemesFolder, file));
        var themeSeconds = (melody.ThemeNotes[^1].End - melody.ThemeNotes[0].Onset) * 60 / melody.ThemeQpm;
        Assert.Equal(AudioSignal.DefaultSampleRate, reader.WaveFormat.SampleRate);
        Assert.Equal(1, reader.WaveFormat.Channels);
        Assert.InRange(reader.TotalTime.TotalSeconds, themeSeconds, themeSeconds + 1);
        Assert.Single(Directory.GetFiles(Info.ThemesFolder, "*.wav"));
        Assert.Equal(truth.Single(t => t.Theme == melody.Name + ".mid") with { Theme = file }, truth.Single(t => t.Theme == file));
    }

    [Fact]
    public void TheSameSeedGivesByteIdenticalFilesAlsoWhenOverwriting()
    {
        DemoCollection.Create(Path.GetDirectoryName(Info.TruthFile)!, seed: 7);

        var first = AllFiles(fixture.First);
        var second = AllFiles(fixture.Second);
        Assert.Equal(2 * Melodies.Count + 2, first.Count);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, file => Assert.True(file.Value.SequenceEqual(second[file.Key]), file.Key));
    }

    [Fact]
    public void AnotherSeedGivesOtherRecordingsButTheSameThemes()
    {
        var other = DemoCollection.Create(Path.Combine(fixture.Root, "other"), seed: 8);

        var name = Melodies[0].Name;
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(Info.RecordingsFolder, name + ".wav")), File.ReadAllBytes(Path.Combine(other.RecordingsFolder, name + ".wav")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Info.ThemesFolder, name + ".mid")), File.ReadAllBytes(Path.Combine(other.ThemesFolder, name + ".mid")));
    }

    private static Dictionary<string, byte[]> AllFiles(DemoCollectionInfo info)
    {
        var root = Path.GetDirectoryName(info.TruthFile)!;
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(root, path), File.ReadAllBytes);
    }
}
