using System.CommandLine;
using System.CommandLine.Parsing;

namespace Leitmotif.Client.CommandLine;

/// <summary>
/// One line for a command line that does not parse, naming the option or argument and what it expects, in place of
/// System.CommandLine's help page and its messages with .NET type names.
/// </summary>
public static class ParseErrorLine
{
    /// <summary>The line for the first parse error of <paramref name="parse"/>, or null if it has none.</summary>
    public static string? Describe(ParseResult parse)
    {
        if (parse.Errors.Count == 0) return null;
        var command = CommandPath(parse.CommandResult);
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            return token.StartsWith('-')
                ? $"{token}: unknown option of '{command}'; see '{command} --help'"
                : $"{token}: unexpected argument of '{command}'; see '{command} --help'";
        }
        var error = parse.Errors[0];
        return error.SymbolResult switch
        {
            OptionResult { IdentifierToken: null } option => $"{option.Option.Name}: required; {Purpose(option.Option)}",
            OptionResult { Tokens.Count: 0 } option => $"{option.Option.Name}: missing value; {Expected(option.Option.ValueType)}",
            OptionResult option => $"{option.Option.Name} {string.Join(' ', option.Tokens.Select(t => t.Value))}: {Expected(option.Option.ValueType)}",
            ArgumentResult { Tokens.Count: 0 } argument => $"{command}: missing <{argument.Argument.Name}>; see '{command} --help'",
            ArgumentResult argument => $"<{argument.Argument.Name}> {string.Join(' ', argument.Tokens.Select(t => t.Value))}: {Expected(argument.Argument.ValueType)}",
            _ => $"{command}: {error.Message}",
        };
    }

    /// <summary>What a value of <paramref name="type"/> looks like, in words.</summary>
    private static string Expected(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) || t == typeof(long) => "expected a whole number",
        var t when t == typeof(double) || t == typeof(float) => "expected a number",
        var t when t == typeof(bool) => "expected true or false",
        _ => "expected a value",
    };

    /// <summary>What the option is for, from its description (e.g. "where to write the rankings as JSON").</summary>
    private static string Purpose(Option option) =>
        string.IsNullOrEmpty(option.Description) ? "expected a value" : char.ToLowerInvariant(option.Description[0]) + option.Description[1..];

    /// <summary>The words that name the command, e.g. <c>leitmotif models fetch</c>.</summary>
    private static string CommandPath(CommandResult result) =>
        result.Parent is CommandResult parent ? $"{CommandPath(parent)} {result.Command.Name}" : LeitmotifCommand.Name;
}
