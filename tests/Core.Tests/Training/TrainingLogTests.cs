using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public sealed class TrainingLogTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    [Fact]
    public void KeepUpToDropsWhatAKilledEpochWroteAfterTheCheckpoint()
    {
        var log = new TrainingLog(_temp.Path);
        for (int step = 1; step <= 5; step++) log.Write(new StepLogEntry((step + 1) / 2, step, 10 - step, 1e-3));
        log.Write(new EpochLogEntry(1, 2, 8.5, 9, 1e-3, true, 1, 0.5));
        log.Write(new EpochLogEntry(2, 4, 6.5, 7, 1e-3, true, 1, 0.5));
        File.AppendAllText(Path.Combine(_temp.Path, TrainingLog.StepsFile), "{\"epoch\":3,\"st"); // torn by the kill

        log.KeepUpTo(epoch: 1, step: 2);

        var steps = File.ReadAllLines(Path.Combine(_temp.Path, TrainingLog.StepsFile));
        var epochs = File.ReadAllLines(Path.Combine(_temp.Path, TrainingLog.EpochsFile));
        Assert.Equal(2, steps.Length);
        Assert.EndsWith("\"step\":2,\"loss\":8,\"learningRate\":0.001}", steps[1]);
        Assert.StartsWith("{\"epoch\":1,", Assert.Single(epochs));
    }

    [Fact]
    public void KeepUpToWithoutLogsDoesNothing()
    {
        new TrainingLog(_temp.Path).KeepUpTo(0, 0);
        Assert.Empty(Directory.GetFiles(_temp.Path));
    }

    public void Dispose() => _temp.Dispose();
}
