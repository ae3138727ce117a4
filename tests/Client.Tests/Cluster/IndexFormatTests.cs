using Leitmotif.Client.Tests.Commands;
using Leitmotif.Core;

namespace Leitmotif.Client.Tests.Cluster;

public sealed class IndexFormatTests : IDisposable
{
    private readonly EmbeddedIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task An_index_made_before_recordings_had_names_is_refused_in_one_line_that_says_to_index_again()
    {
        Assert.Equal(0, await _index.RunAsync("index", _index.Recording));
        // The catalog of an earlier version: its state without the format this version writes.
        var catalog = Path.Combine(_index.Data, "grains", "catalog", "default.catalog.state");
        File.WriteAllText(catalog, File.ReadAllText(catalog).Replace(",\"Format\":2", "", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<InputException>(() => _index.RunAsync("list"));

        Assert.StartsWith("index: made by an earlier Leitmotif, which identified recordings by absolute path; index the recordings again", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_new_data_folder_is_of_the_current_format() => Assert.Equal(0, await _index.RunAsync("list"));
}
