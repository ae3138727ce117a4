using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using NAudio.Wave;

namespace Leitmotif.Grains.Tests;

public class TrainingJobTests
{
    [Fact]
    public async Task AJobTrainsItsRotationsAndTheirModelsBecomeFeatureKindsOfTheSiloThatTrainedThem()
    {
        using var folder = new TemporaryFolder();
        string pairs = WriteTinyCorpus(folder.Sub("corpus"));
        string data = folder.Sub("data");
        await using var cluster = await LeitmotifCluster.StartAsync(data);
        // The client names another folder than the silo's own (<data>/models); the silo publishes to its own.
        var request = new TrainingJobRequest(pairs, "ctc", Rotations: 2, MaxEpochs: 1, Name: "t" + Guid.NewGuid().ToString("N")[..8],
            data, folder.Sub("client-models"));
        var trainer = cluster.Client.GetGrain<ITrainerGrain>(request.JobName);

        await trainer.StartAsync(request);
        var recorded = await trainer.StartAsync(request with { Rotations = 1, MaxEpochs = 7 });
        var first = await trainer.GetStatusAsync();
        var status = first;
        for (var deadline = DateTime.UtcNow.AddMinutes(3); !status.Finished && DateTime.UtcNow < deadline; await Task.Delay(200))
            status = await trainer.GetStatusAsync();
        var kinds = await cluster.Client.GetGrain<IFeatureKindGrain>(0).GetAsync();

        string[] ids = [$"{request.Name}_ctc_train123valid4", $"{request.Name}_ctc_train234valid5"];
        Assert.Equal(request, recorded); // a second start changes nothing and tells the caller what is recorded
        Assert.Equal(ids, first.Folds.Select(f => f.ModelId));
        if (Environment.ProcessorCount <= 3) Assert.Equal(FoldState.Pending, first.Folds[1].State); // one slot: one at a time
        Assert.True(status.Finished);
        Assert.All(status.Folds, f =>
        {
            Assert.Equal(FoldState.Done, f.State);
            Assert.Null(f.Error);
            Assert.Equal(1, f.Epoch);
            Assert.True(double.IsFinite(f.TrainingLoss!.Value) && double.IsFinite(f.ValidationLoss!.Value));
            Assert.Equal(1e-3, f.LearningRate);
        });
        Assert.All(ids, id => Assert.True(File.Exists(Path.Combine(data, "models", id + ".safetensors"))));
        Assert.Empty(Directory.GetFiles(folder.Sub("client-models")));
        Assert.All(ids, id => Assert.True(File.Exists(Path.Combine(data, "training", id, "checkpoint.json"))));
        Assert.Subset(kinds.Kinds.ToHashSet(), ids.Select(id => "ctc:" + id).ToHashSet());
        var catalog = await cluster.Client.GetGrain<ICatalogGrain>(CatalogNames.Default).GetStatusAsync();
        Assert.Empty(catalog.ActiveJobs);
        Assert.Empty(catalog.ActiveTrainingJobs);
    }

    [Fact]
    public async Task ARotationInterruptedBySiloShutdownResumesFromItsCheckpoint()
    {
        using var folder = new TemporaryFolder();
        string pairs = WriteTinyCorpus(folder.Sub("corpus"));
        string data = folder.Sub("data");
        var request = new TrainingJobRequest(pairs, "linear", Rotations: 1, MaxEpochs: 10, Name: "r" + Guid.NewGuid().ToString("N")[..8],
            data, Path.Combine(data, "models"));
        string modelId = $"{request.Name}_linear_train123valid4";

        int epochBeforeStop;
        await using (var first = await LeitmotifCluster.StartAsync(data))
        {
            var trainer = first.Client.GetGrain<ITrainerGrain>(request.JobName);
            await trainer.StartAsync(request);
            var status = await trainer.GetStatusAsync();
            for (var deadline = DateTime.UtcNow.AddMinutes(2); status.Folds[0].Epoch < 2 && DateTime.UtcNow < deadline; await Task.Delay(20))
                status = await trainer.GetStatusAsync();
            epochBeforeStop = status.Folds[0].Epoch;
        }

        await using var second = await LeitmotifCluster.StartAsync(data);
        var resumed = second.Client.GetGrain<ITrainerGrain>(request.JobName);
        var final = await resumed.GetStatusAsync();
        for (var deadline = DateTime.UtcNow.AddMinutes(3); !final.Finished && DateTime.UtcNow < deadline; await Task.Delay(100))
            final = await resumed.GetStatusAsync();
        var epochs = File.ReadLines(Path.Combine(data, "training", modelId, "epochs.jsonl"))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("epoch").GetInt32()).ToList();

        Assert.InRange(epochBeforeStop, 2, final.Folds[0].Epoch - 1); // stopped mid-run
        Assert.Equal(FoldState.Done, final.Folds[0].State);
        Assert.Equal(Enumerable.Range(1, final.Folds[0].Epoch), epochs); // every epoch once: continued, not started over
        Assert.True(File.Exists(Path.Combine(data, "models", modelId + ".safetensors")));
    }

    [Fact]
    public async Task AHigherEpochLimitExtendsAFinishedJobFromItsCheckpoint()
    {
        using var folder = new TemporaryFolder();
        string pairs = WriteTinyCorpus(folder.Sub("corpus"));
        string data = folder.Sub("data");
        await using var cluster = await LeitmotifCluster.StartAsync(data);
        var request = new TrainingJobRequest(pairs, "strong", Rotations: 2, MaxEpochs: 1, Name: "x" + Guid.NewGuid().ToString("N")[..8],
            data, Path.Combine(data, "models"));
        string[] ids = [$"{request.Name}_strong_train123valid4", $"{request.Name}_strong_train234valid5"];
        var trainer = cluster.Client.GetGrain<ITrainerGrain>(request.JobName);

        await trainer.StartAsync(request);
        var (first, _) = await WaitUntilFinishedAsync(trainer);
        var extended = await trainer.StartAsync(request with { MaxEpochs = 3 });
        var (final, mostRunning) = await WaitUntilFinishedAsync(trainer);

        Assert.All(first.Folds, f => Assert.Equal(1, f.Epoch));
        Assert.Equal(3, extended.MaxEpochs);
        Assert.All(final.Folds, f => Assert.Equal((FoldState.Done, 3, 3), (f.State, f.Epoch, f.MaxEpochs)));
        foreach (string id in ids) // epochs 2 and 3 continued from epoch 1's checkpoint
            Assert.Equal([1, 2, 3], File.ReadLines(Path.Combine(data, "training", id, "epochs.jsonl"))
                .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("epoch").GetInt32()));
        if (Environment.ProcessorCount <= 3) Assert.Equal(1, mostRunning); // the extended rotations took the one slot in turn
        Assert.Empty((await cluster.Client.GetGrain<ICatalogGrain>(CatalogNames.Default).GetStatusAsync()).ActiveTrainingJobs);
    }

    /// <summary>Polls until the job is finished; also returns the most rotations seen running at once.</summary>
    private static async Task<(TrainingJobStatus Status, int MostRunning)> WaitUntilFinishedAsync(ITrainerGrain trainer)
    {
        var status = await trainer.GetStatusAsync();
        int mostRunning = 0;
        for (var deadline = DateTime.UtcNow.AddMinutes(3); !status.Finished && DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            status = await trainer.GetStatusAsync();
            mostRunning = Math.Max(mostRunning, status.Folds.Count(f => f.State == FoldState.Running));
        }
        return (status, mostRunning);
    }

    [Fact]
    public async Task AnUnknownLossIsRefusedAndNothingIsRecorded()
    {
        using var folder = new TemporaryFolder();
        string data = folder.Sub("data");
        await using var cluster = await LeitmotifCluster.StartAsync(data);
        var request = new TrainingJobRequest("/none/pairs.jsonl", "mse", 5, 1, "bad", data, Path.Combine(data, "models"));
        var trainer = cluster.Client.GetGrain<ITrainerGrain>(request.JobName + Guid.NewGuid().ToString("N"));

        var e = await Assert.ThrowsAsync<ArgumentException>(() => trainer.StartAsync(request));
        Assert.Contains("unknown loss 'mse'", e.Message);
        Assert.False((await trainer.GetStatusAsync()).Exists);
    }

    /// <summary>A 3-s tone and one weakly aligned pair on it in each of the five folds; returns the pairs file.</summary>
    private static string WriteTinyCorpus(string folder)
    {
        var samples = Enumerable.Range(0, 3 * 22050).Select(n => 0.5f * MathF.Sin(2 * MathF.PI * (n < 33075 ? 262f : 294f) * n / 22050)).ToArray();
        using (var writer = new WaveFileWriter(Path.Combine(folder, "a.wav"), WaveFormat.CreateIeeeFloatWaveFormat(22050, 1)))
            writer.WriteSamples(samples, 0, samples.Length);
        var lines = Enumerable.Range(1, 5).Select(fold =>
            $$"""{"audio":"a.wav","fold":{{fold}},"piece":"p{{fold}}","start":0.5,"end":2.5,"bars":1,"notes":[{"onset":0,"duration":1,"pitch":60},{"onset":1,"duration":1,"pitch":62}],"beatSeconds":[0.5,1.5,2.5]}""");
        string path = Path.Combine(folder, "pairs.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
