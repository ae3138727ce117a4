using System.CommandLine;
using Leitmotif.Core.Model;

namespace Leitmotif.Client.Commands;

/// <summary>The <c>--precision fp32|bf16</c> option of the commands that compute or match deep chroma (<c>ctc:</c> kinds).</summary>
public sealed class PrecisionOption
{
    /// <summary><c>--precision</c>.</summary>
    public Option<string?> Option { get; } = new("--precision")
    {
        Description = "Precision of the chroma network for ctc: kinds, fp32 or bf16 (default: bf16 where the CPU has native BF16, " +
                      "else fp32; bf16 is refused elsewhere). Features of each precision are stored apart; queries match only those",
    };

    /// <summary>The precision given, as <c>fp32</c> or <c>bf16</c>, or null for the default. Where the network runs in this
    /// process (<paramref name="networkHere"/>: the embedded silo, or <c>chroma</c>), bf16 on a CPU without native BF16 is
    /// refused at once; a cluster's silos refuse it themselves.</summary>
    /// <exception cref="Core.InputException">An unknown value, or bf16 refused here.</exception>
    public string? Read(ParseResult parse, bool networkHere)
    {
        var precision = InferencePath.ParsePrecision(parse.GetValue(Option));
        if (networkHere) InferencePath.ForThisMachine(precision);
        return precision?.ToString().ToLowerInvariant();
    }
}
