using System.CommandLine;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Model;

namespace Leitmotif.Client.Commands;

/// <summary>The <c>--precision fp32|bf16</c> option of the commands that compute or match deep chroma (<c>ctc:</c> kinds).</summary>
public sealed class PrecisionOption(string description)
{
    /// <summary>The option of the commands that compute deep chroma.</summary>
    public PrecisionOption() : this("Precision of the chroma network for ctc: kinds, fp32 or bf16 (default: bf16 where the CPU runs " +
                                    "it faster: AMX-BF16, or AVX512-BF16 on AMD; else fp32; bf16 is refused without native BF16). Features of each precision are stored apart; queries match only those")
    {
    }

    /// <summary><c>--precision</c>.</summary>
    public Option<string?> Option { get; } = new("--precision") { Description = description };

    /// <summary>The precision given, as <c>fp32</c> or <c>bf16</c>, or null for the default.</summary>
    /// <exception cref="Core.InputException">An unknown value.</exception>
    public string? Read(ParseResult parse) =>
        InferencePath.ParsePrecision(parse.GetValue(Option)) is { } precision ? InferencePath.NameOf(precision) : null;

    /// <summary>Refuses <paramref name="precision"/> (as <see cref="Read"/> gives it) where the silos do not offer it.</summary>
    /// <exception cref="Core.InputException">bf16 on silos without native BF16, in one line naming what their CPU offers.</exception>
    public static void Check(string? precision, FeatureKindList kinds)
    {
        if (precision != null && !kinds.Precisions.Contains(precision))
            throw InferencePath.NotOffered(InferencePath.ParsePrecision(precision)!.Value, kinds.Cpu);
    }
}
