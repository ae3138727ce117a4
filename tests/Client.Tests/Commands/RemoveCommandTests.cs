using Leitmotif.Core;

namespace Leitmotif.Client.Tests.Commands;

public sealed class RemoveCommandTests : IDisposable
{
    private readonly EmbeddedIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task Removing_an_indexed_folder_succeeds_and_removing_it_again_is_bad_input_naming_it()
    {
        var folder = Path.GetDirectoryName(_index.Recording)!;
        Assert.Equal(0, await _index.RunAsync("index", folder));

        Assert.Equal(0, await _index.RunAsync("remove", folder + Path.DirectorySeparatorChar));
        var error = await Assert.ThrowsAsync<InputException>(() => _index.RunAsync("remove", folder));

        Assert.Equal($"{folder}: no indexed recording at or below it", error.Message);
    }
}
