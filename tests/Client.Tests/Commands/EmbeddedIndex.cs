using System.CommandLine;
using Leitmotif.Client.CommandLine;
using NAudio.Wave;

namespace Leitmotif.Client.Tests.Commands;

/// <summary>A temporary folder with a data folder for the embedded silo and a short tone recording, and the command line run
/// on them as a user runs it.</summary>
public sealed class EmbeddedIndex : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("leitmotif-test-");

    public EmbeddedIndex()
    {
        const int rate = 22050;
        Recording = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder.FullName, "coll")).FullName, "tone.wav");
        var samples = Enumerable.Range(0, rate * 2).Select(n => (float)(0.3 * Math.Sin(2 * Math.PI * (220 + 110 * (n / (rate / 2))) * n / rate))).ToArray();
        using var writer = new WaveFileWriter(Recording, WaveFormat.CreateIeeeFloatWaveFormat(rate, 1));
        writer.WriteSamples(samples, 0, samples.Length);
    }

    /// <summary>The data folder the commands use.</summary>
    public string Data => Path.Combine(_folder.FullName, "data");

    /// <summary>A two-second WAV file in the folder <c>coll</c>.</summary>
    public string Recording { get; }

    /// <summary>Runs <c>leitmotif --data &lt;Data&gt; <paramref name="args"/></c>; returns its exit code, or throws what it throws.</summary>
    public Task<int> RunAsync(params string[] args) =>
        LeitmotifCommand.Create().Parse(["--data", Data, .. args]).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });

    public void Dispose() => _folder.Delete(recursive: true);
}
