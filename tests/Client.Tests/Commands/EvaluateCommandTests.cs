using System.CommandLine;
using Leitmotif.Client.CommandLine;
using Leitmotif.Client.Commands;
using Leitmotif.Core;
using Leitmotif.Core.Evaluation;

namespace Leitmotif.Client.Tests.Commands;

public sealed class EvaluateCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("leitmotif-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task An_empty_truth_file_is_bad_input()
    {
        var results = Write("results.json", """[{"theme": "a.mid", "ranking": []}]""");
        var truth = Write("truth.json", "[]");
        var parse = LeitmotifCommand.Create().Parse(["evaluate", "--results", results, "--truth", truth]);

        var error = await Assert.ThrowsAsync<InputException>(() => parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));

        Assert.Equal($"{truth}: no entries; expected [{{theme, recording, start, end}}, ...]", error.Message);
    }

    [Fact]
    public void Print_lists_the_truth_themes_without_a_ranking_in_one_line()
    {
        var output = new StringWriter();

        EvaluateCommand.Print(new RetrievalScores(3, 0, 0, 0, 0, 0, [], ["b.mid", "c.mid"]), output);

        Assert.Contains("unranked      2 theme(s) of the truth file without a ranking in the results: b.mid, c.mid" + Environment.NewLine, output.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
