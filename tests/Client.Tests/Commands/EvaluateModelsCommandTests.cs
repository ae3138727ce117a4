using Leitmotif.Core;

namespace Leitmotif.Client.Tests.Commands;

public sealed class EvaluateModelsCommandTests : IDisposable
{
    private readonly EmbeddedIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task An_unknown_theme_set_is_bad_input_naming_the_sets_there_are()
    {
        var error = await Assert.ThrowsAsync<InputException>(() =>
            _index.RunAsync("evaluate-models", "--corpus", Path.GetDirectoryName(_index.Recording)!, "--features", "cens", "--themes", "themes_fast"));
        Assert.Equal("--themes themes_fast: use one of themes, themes_score, themes_stress", error.Message);
    }
}
