using Leitmotif.Core.Audio;
using Leitmotif.Client.Commands;

namespace Leitmotif.Client.Tests.Commands;

public sealed class InputFilesTests
{
    [Fact]
    public void NoneFound_names_the_empty_folders_and_the_extensions_looked_for()
    {
        var error = InputFiles.NoneFound("index", "audio", AudioFileWalk.Extensions, ["/music"], []);

        Assert.Equal("index: no audio files (.wav, .mp3, .ogg, .flac, .m4a, .opus, .wma) under /music", error.Message);
    }

    [Fact]
    public void NoneFound_also_names_the_paths_that_do_not_exist()
    {
        var error = InputFiles.NoneFound("batch-query", "theme", InputFiles.ThemeExtensions, ["/themes"], ["/nope", "/gone.mid"]);

        Assert.Equal("batch-query: no theme files (.mid, .midi, .csv, .musicxml, .xml, .mxl, .wav, .mp3, .ogg, .flac, .m4a, .opus, .wma) under /themes; no such file or folder: /nope, /gone.mid", error.Message);
    }

    [Fact]
    public void Expand_finds_nothing_in_a_folder_without_themes()
    {
        var folder = Directory.CreateTempSubdirectory("leitmotif-test-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not a theme");

            var (files, missing) = InputFiles.Expand([folder.FullName], InputFiles.ThemeExtensions);

            Assert.Empty(files);
            Assert.Empty(missing);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
