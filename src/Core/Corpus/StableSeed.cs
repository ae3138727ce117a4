using System.Text;

namespace Leitmotif.Core.Corpus;

/// <summary>Seeds for the corpus's random draws that depend only on the corpus seed and a name, in every process.</summary>
internal static class StableSeed
{
    /// <summary>The seed for the draws belonging to <paramref name="name"/> (FNV-1a of <c>seed/name</c>; string.GetHashCode
    /// differs between processes).</summary>
    /// <param name="seed">The corpus seed.</param>
    /// <param name="name">What the draws are for, e.g. a recording id or a theme file name.</param>
    public static int Of(int seed, string name)
    {
        uint hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes($"{seed}/{name}")) hash = (hash ^ b) * 16777619;
        return (int)hash;
    }
}
