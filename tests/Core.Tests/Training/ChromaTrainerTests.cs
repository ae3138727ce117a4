using System.Text.Json;
using Leitmotif.Core.Evaluation;
using Leitmotif.Core.Model;
using Leitmotif.Core.Tests.Model;
using Leitmotif.Core.Tests.TestSupport;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public sealed class ChromaTrainerTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    [Theory]
    [InlineData(TargetKind.Ctc)]
    [InlineData(TargetKind.Linear)]
    [InlineData(TargetKind.Strong)]
    public void LossFallsMarkedlyOnALearnableTask(TargetKind kind)
    {
        var options = new TrainingOptions(kind, BatchSize: 4, MaxEpochs: 12, PlateauPatience: 100, EarlyStoppingPatience: 100, Seed: 1);
        string run = Path.Combine(_temp.Path, kind.ToString());
        new ChromaTrainer(options).Train("m", SyntheticExamples.Create(kind, 8, 8, seed: 2), SyntheticExamples.Create(kind, 2, 8, seed: 3), run);

        var losses = File.ReadAllLines(Path.Combine(run, TrainingLog.StepsFile))
            .Select(line => JsonSerializer.Deserialize<StepLogEntry>(line, JsonFiles.SerializerOptions)!.Loss).ToList();
        Assert.Equal(24, losses.Count);
        double first = losses.Take(2).Average(), last = losses.TakeLast(2).Average();
        Assert.True(last < 0.5 * first, $"loss {first:F3} → {last:F3}");
    }

    [SkippableFact]
    public void Bf16MixedPrecisionLowersTheLossLikeFp32()
    {
        Skip.IfNot(TrainingPrecision.OfferedHere.Contains(InferencePrecision.Bf16),
            $"bf16 training needs AMX-BF16 (this CPU offers {CpuOffer.Current}); without it libtorch's bf16 backward pass trains worse than fp32");
        var fp32 = StepLosses("fp32", InferencePrecision.Fp32);
        var bf16 = StepLosses("bf16", InferencePrecision.Bf16);

        Assert.NotEqual(fp32[0], bf16[0]); // the forward pass did run in bf16
        Assert.Equal(fp32[0], bf16[0], fp32[0] * 0.02);
        double first = bf16.Take(2).Average(), last = bf16.TakeLast(2).Average();
        Assert.True(last < 0.5 * first, $"bf16 loss {first:F3} → {last:F3}");
        Assert.Equal(fp32.TakeLast(2).Average(), last, fp32.TakeLast(2).Average() * 0.25);
    }

    [Fact]
    public void AnEpochTakesPairsPerEpochExamples()
    {
        var options = new TrainingOptions(TargetKind.Ctc, BatchSize: 2, MaxEpochs: 3, Seed: 5, PairsPerEpoch: 2);
        var result = new ChromaTrainer(options).Train("m", SyntheticExamples.Create(TargetKind.Ctc, 6, 6, seed: 6),
            SyntheticExamples.Create(TargetKind.Ctc, 1, 6, seed: 7), Path.Combine(_temp.Path, "sampled"));
        Assert.Equal(3, result.Steps);
    }

    [Fact]
    public void SameSeedGivesTheSameWeightsAndTheBestCheckpointCarriesTheModelId()
    {
        var first = Run("a", maxEpochs: 2);
        var second = Run("b", maxEpochs: 2);
        AssertSameWeights(first.Final, second.Final);
        Assert.Equal("m", ModelFile.Load(first.BestModelPath).ModelId);
        Assert.Equal(ModelLayout.PitchClassPooling().Data, first.Final.Tensors["pitchclass.weight"].Data);
    }

    [Fact]
    public void FineTuningStartsFromTheGivenWeights()
    {
        var initial = TestWeights.Random(seed: 4);
        var example = SyntheticExamples.Create(TargetKind.Ctc, 1, 6, seed: 8);
        string run = Path.Combine(_temp.Path, "fine");
        new ChromaTrainer(new TrainingOptions(BatchSize: 1, MaxEpochs: 1)).Train("m", example, example, run, initial);

        using var network = ChromaNetwork.FromWeights(initial);
        using var batch = TrainingBatch.Create(example);
        using var logits = network.Logits(batch.Input);
        using var expected = CtcLossFunction.Compute(logits, batch.Targets, batch.InputLengths, batch.TargetLengths);
        var logged = JsonSerializer.Deserialize<StepLogEntry>(File.ReadLines(Path.Combine(run, TrainingLog.StepsFile)).First(), JsonFiles.SerializerOptions)!;
        Assert.Equal(expected.item<float>(), logged.Loss, 4);
    }

    [Fact]
    public void ResumedRunEqualsAnUninterruptedOne()
    {
        var uninterrupted = Run("whole", maxEpochs: 2);
        var stopped = Run("parts", maxEpochs: 1);
        Assert.Equal(1, stopped.Epochs);
        var resumed = Run("parts", maxEpochs: 2);
        Assert.Equal(2, resumed.Epochs);
        Assert.Equal(uninterrupted.Steps, resumed.Steps);
        AssertSameWeights(uninterrupted.Final, resumed.Final);
        // Every step's loss, the resumed ones included, equals the uninterrupted run's: the optimiser state came back whole.
        var whole = Steps("whole");
        var parts = Steps("parts");
        Assert.Equal(whole.Select(s => (s.Epoch, s.Step, s.LearningRate)), parts.Select(s => (s.Epoch, s.Step, s.LearningRate)));
        Assert.All(whole.Zip(parts), p => Assert.Equal(p.First.Loss, p.Second.Loss, Tolerance));
    }

    private List<double> StepLosses(string folder, InferencePrecision precision)
    {
        var options = new TrainingOptions(TargetKind.Ctc, BatchSize: 4, MaxEpochs: 12, PlateauPatience: 100, EarlyStoppingPatience: 100, Seed: 1,
            Precision: precision);
        new ChromaTrainer(options).Train("m", SyntheticExamples.Create(TargetKind.Ctc, 8, 8, seed: 2),
            SyntheticExamples.Create(TargetKind.Ctc, 2, 8, seed: 3), Path.Combine(_temp.Path, folder));
        return [.. Steps(folder).Select(s => s.Loss)];
    }

    /// <summary>Torch's CPU kernels sum in an order that depends on thread scheduling, so two runs of the same steps may
    /// differ in the last bits; a resume that lost any optimiser state differs by orders of magnitude more.</summary>
    private const double Tolerance = 1e-5;

    private List<StepLogEntry> Steps(string folder) =>
        File.ReadLines(Path.Combine(_temp.Path, folder, TrainingLog.StepsFile))
            .Select(line => JsonSerializer.Deserialize<StepLogEntry>(line, JsonFiles.SerializerOptions)!).ToList();

    private TrainingResult Run(string folder, int maxEpochs)
    {
        var options = new TrainingOptions(TargetKind.Ctc, BatchSize: 2, MaxEpochs: maxEpochs, Seed: 5);
        return new ChromaTrainer(options).Train("m", SyntheticExamples.Create(TargetKind.Ctc, 4, 6, seed: 6),
            SyntheticExamples.Create(TargetKind.Ctc, 1, 6, seed: 7), Path.Combine(_temp.Path, folder));
    }

    private static void AssertSameWeights(ModelWeights expected, ModelWeights actual)
    {
        foreach (var (name, tensor) in expected.Tensors)
        {
            var other = actual.Tensors[name].Data;
            Assert.Equal(tensor.Data.Length, other.Length);
            double worst = tensor.Data.Zip(other).Max(p => Math.Abs(p.First - p.Second) / (1 + Math.Abs(p.First)));
            Assert.True(worst <= Tolerance, $"{name} differs by {worst:g3}");
        }
    }

    public void Dispose() => _temp.Dispose();
}
