using Leitmotif.Client.CommandLine;

namespace Leitmotif.Client.Tests.CommandLine;

public sealed class ParseErrorLineTests
{
    [Theory]
    [InlineData("query theme.mid --top abc", "--top abc: expected a whole number")]
    [InlineData("query theme.mid --tempo fast", "--tempo fast: expected a number")]
    [InlineData("list --limit", "--limit: missing value; expected a whole number")]
    [InlineData("query theme.mid --bogus", "--bogus: unknown option of 'leitmotif query'; see 'leitmotif query --help'")]
    [InlineData("models fetch --bogus", "--bogus: unknown option of 'leitmotif models fetch'; see 'leitmotif models fetch --help'")]
    [InlineData("frob", "frob: unexpected argument of 'leitmotif'; see 'leitmotif --help'")]
    [InlineData("batch-query themes", "--output: required; where to write the rankings as JSON")]
    [InlineData("query", "leitmotif query: missing <theme>; see 'leitmotif query --help'")]
    public void Describe_names_the_option_and_what_it_expects(string commandLine, string expected)
    {
        var parse = LeitmotifCommand.Create().Parse(commandLine.Split(' '));

        Assert.Equal(expected, ParseErrorLine.Describe(parse));
    }

    [Fact]
    public void Describe_is_null_for_a_command_line_that_parses()
    {
        var parse = LeitmotifCommand.Create().Parse(["query", "theme.mid", "--top", "5"]);

        Assert.Null(ParseErrorLine.Describe(parse));
    }
}
