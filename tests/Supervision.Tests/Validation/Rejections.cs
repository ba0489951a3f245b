using Supervision.Acts;
using Supervision.Validation;

namespace Supervision.Tests.Validation;

/// <summary>Assertions on what the validator says of an act.</summary>
internal static partial class Rejections
{
    private static readonly System.Buffers.SearchValues<char> KazakhLetters =
        System.Buffers.SearchValues.Create("әғқңөұүһіӘҒҚҢӨҰҮҺІ");

    public static ValidationError AssertRejected(Act act, string path, string code)
    {
        var errors = ActValidator.Default.Validate(act).Errors;
        var found = errors.FirstOrDefault(e => e.Path == path && e.Code == code);
        Assert.True(found is not null, $"expected {path}: {code}; got:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        AssertInLanguage(found.Message, act.Language);
        return found;
    }

    public static void AssertValid(Act act)
    {
        var errors = ActValidator.Default.Validate(act).Errors;
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    public static void AssertNotRejectedFor(Act act, string code)
    {
        var errors = ActValidator.Default.Validate(act).Errors.Where(e => e.Code == code).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <summary>A Kazakh message has Kazakh letters; a Russian one has none and no Latin words.</summary>
    public static void AssertInLanguage(string message, ActLanguage language)
    {
        var kazakh = message.AsSpan().IndexOfAny(KazakhLetters) >= 0;
        if (language == ActLanguage.Kk)
        {
            Assert.True(kazakh, $"not Kazakh: {message}");
        }
        else
        {
            Assert.False(kazakh, $"not Russian: {message}");
        }

        // A refused character is named by its Unicode code and name ("U+200B ZERO WIDTH SPACE"), the same in both languages.
        Assert.DoesNotMatch("[A-Za-z]{3,}", UnicodeName().Replace(message, string.Empty));
    }

    [System.Text.RegularExpressions.GeneratedRegex("U\\+[0-9A-F]{4,6}( [A-Z][A-Z -]*[A-Z])?")]
    private static partial System.Text.RegularExpressions.Regex UnicodeName();
}
