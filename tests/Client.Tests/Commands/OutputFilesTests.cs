using Leitmotif.Client.Commands;
using Leitmotif.Core;

namespace Leitmotif.Client.Tests.Commands;

public sealed class OutputFilesTests
{
    [Fact]
    public void A_file_in_an_existing_folder_is_accepted()
    {
        OutputFiles.RequireFolder("--output", Path.Combine(Path.GetTempPath(), "results.json"));
    }

    [Fact]
    public void A_file_in_a_missing_folder_is_refused_and_the_folder_is_not_created()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"leitmotif-missing-{Guid.NewGuid():N}");
        var path = Path.Combine(folder, "results.json");

        var error = Assert.Throws<InputException>(() => OutputFiles.RequireFolder("--output", path));

        Assert.Equal($"--output {path}: no such folder {folder}; create it first", error.Message);
        Assert.False(Directory.Exists(folder));
    }
}
