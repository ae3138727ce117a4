using Leitmotif.Core;
using Leitmotif.Core.Model;
using Leitmotif.Core.Training;

namespace Leitmotif.Client.Tests.Commands;

public sealed class TrainCommandTests : IDisposable
{
    private readonly EmbeddedIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("--pitch-shift", "7", "--pitch-shift 7: must be 0–6 semitones")]
    [InlineData("--pairs-per-epoch", "-1", "--pairs-per-epoch -1: must be 0 (all) or more")]
    [InlineData("--validation-pairs", "-5", "--validation-pairs -5: must be 0 (all) or more")]
    [InlineData("--precision", "fp16", "--precision fp16: expected fp32 or bf16")]
    public async Task An_out_of_range_setting_is_bad_input_naming_it(string option, string value, string message)
    {
        var error = await Assert.ThrowsAsync<InputException>(() => _index.RunAsync("train", "--pairs", PairsWithoutOtherTimbres(), "--loss", "ctc", option, value));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task Other_timbres_from_a_corpus_without_them_is_bad_input_naming_the_pairs()
    {
        string pairs = PairsWithoutOtherTimbres();
        var error = await Assert.ThrowsAsync<InputException>(() => _index.RunAsync("train", "--pairs", pairs, "--loss", "ctc", "--other-timbres"));
        Assert.Equal($"--other-timbres: {pairs} has no renderings with other instruments; build the corpus with --programs", error.Message);
    }

    [SkippableFact]
    public async Task Bf16_training_on_a_cpu_without_amx_is_refused_in_one_line_before_anything_starts()
    {
        Skip.If(TrainingPrecision.OfferedHere.Contains(InferencePrecision.Bf16), $"this machine trains in bf16 (it offers {CpuOffer.Current})");
        var error = await Assert.ThrowsAsync<InputException>(() => _index.RunAsync("train", "--pairs", PairsWithoutOtherTimbres(), "--loss", "ctc", "--precision", "bf16"));
        Assert.StartsWith($"--precision bf16: bf16 training needs AMX-BF16 (this CPU offers {CpuOffer.Current})", error.Message);
    }

    /// <summary>One pair in each fold, on a file the tests never decode, and no corpus.json.</summary>
    private string PairsWithoutOtherTimbres()
    {
        string path = Path.Combine(Path.GetDirectoryName(_index.Recording)!, "pairs.jsonl");
        File.WriteAllLines(path, Enumerable.Range(1, 5).Select(fold =>
            $$"""{"audio":"tone.wav","fold":{{fold}},"piece":"p{{fold}}","start":0,"end":2,"bars":1,"notes":[{"onset":0,"duration":1,"pitch":60}],"beatSeconds":[0,1,2]}"""));
        return path;
    }
}
