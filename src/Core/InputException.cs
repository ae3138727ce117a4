namespace Leitmotif.Core;

/// <summary>
/// A user-supplied input (a file, a line, an option value) cannot be used. The message names the input and
/// the reason in one line, so front ends print it as is instead of a stack trace.
/// </summary>
public sealed class InputException(string input, string reason, Exception? inner = null)
    : Exception($"{input}: {reason}", inner)
{
    /// <summary>The offending input, usually a file path.</summary>
    public string Input { get; } = input;

    /// <summary>Why it cannot be used.</summary>
    public string Reason { get; } = reason;
}
