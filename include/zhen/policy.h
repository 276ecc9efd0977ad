/* policy.h: what a project decided about its findings (a severity per
 * type, figures never to report, findings accepted by id: a baseline),
 * applied to the findings of a check in one place. The zhen program fills
 * one from its settings file (.zhen.ini) and baseline file; the library
 * opens no file. */
#ifndef ZHEN_POLICY_H
#define ZHEN_POLICY_H

#include "check.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Severity overrides, ignore rules and accepted ids. */
typedef struct zhen_policy zhen_policy;

/** The severity of zhen_policy_set_severity() that means "not reported". */
#define ZHEN_SEV_OFF (-1)

/** An empty policy (every finding reported as checked). @param out
 *  receives it; free with zhen_policy_free(). @return 0 or ZHEN_ENOMEM;
 *  NULL @p out: ZHEN_EINVAL. */
ZHEN_API int zhen_policy_new(zhen_policy **out);

/** Free; NULL is allowed. */
ZHEN_API void zhen_policy_free(zhen_policy *p);

/**
 * Findings of @p type get @p severity (a zhen_severity, or ZHEN_SEV_OFF:
 * not reported). With @p kind >= 0 (a zhen_qkind) only those whose figure
 * is of that kind (the Chinese figure's, else the English one's), and that
 * rule wins over the type's whatever the order of the calls; a later call
 * for the same type and kind replaces an earlier one. A finding at the
 * severity its type has (zhen_ftype_severity()) takes @p severity; one the
 * check lowered (unsure, head matter, rounding) keeps its own, but never
 * above @p severity.
 * @return 0, or ZHEN_EUSAGE (type, kind or severity out of range; nothing
 *         changed). NULL @p p: ZHEN_EINVAL.
 */
ZHEN_API int zhen_policy_set_severity(zhen_policy *p, zhen_ftype type,
                                      int kind, int severity);

/**
 * Never report a finding one of whose figures is written @p pattern: a
 * glob of fnmatch(3) without flags over the figure's text as written ('*'
 * any run of bytes, '?' one byte, so '*' for a Chinese character; '['…']'
 * a set; '\\' quotes). Copied.
 * @return 0, ZHEN_EUSAGE (empty pattern) or ZHEN_ENOMEM. NULL @p p or
 *         @p pattern: ZHEN_EINVAL.
 */
ZHEN_API int zhen_policy_ignore_text(zhen_policy *p, const char *pattern);

/**
 * Never report a finding one of whose figures has the normalised value
 * @p value (as JSON "value" writes it: "3400000000", "2.5", "2024-10-22")
 * and, unless @p unit is NULL, the unit @p unit (as JSON "unit": "CNY",
 * "%", "km", "" for none). Copied.
 * @return 0, ZHEN_EUSAGE (empty value) or ZHEN_ENOMEM. NULL @p p or
 *         @p value: ZHEN_EINVAL.
 */
ZHEN_API int zhen_policy_ignore_value(zhen_policy *p, const char *value,
                                      const char *unit);

/**
 * Accept the findings whose id (zhen_finding_id()) is @p id: they are not
 * reported and are counted as accepted. Accepting an id twice is accepting
 * it once.
 * @return 0, ZHEN_EUSAGE (not ZHEN_FINDING_ID_LEN lowercase hex digits)
 *         or ZHEN_ENOMEM. NULL @p p or @p id: ZHEN_EINVAL.
 */
ZHEN_API int zhen_policy_accept(zhen_policy *p, const char *id);

/** The number of distinct ids zhen_policy_accept() took; 0 for NULL. */
ZHEN_API size_t zhen_policy_accepted_count(const zhen_policy *p);

/**
 * Apply @p p to the findings of one pre-aligned pair, as zhen_check_pair()
 * made them with @p opts (NULL: the defaults; its strict tells a type's
 * severity). In this order: a finding an ignore rule or an "off" severity
 * hides is removed; else one whose id is accepted is removed and counted;
 * else it takes the severity of the rules. The others keep their order.
 * @p zh, @p zh_base, @p en, @p en_base as for zhen_report_pair_text() (the
 * figures' texts for the ignore rules).
 * @param accepted receives the number of accepted findings removed; may
 *        be NULL.
 * @param p NULL: no policy, nothing changes.
 * @return 0, or ZHEN_ENOMEM (@p f is then as it was). NULL @p f, @p zh or
 *         @p en: ZHEN_EINVAL (*accepted 0).
 */
ZHEN_API int zhen_policy_apply(size_t *accepted, zhen_findings *f,
                               const zhen_policy *p,
                               const zhen_check_options *opts,
                               const char *zh, size_t zh_base,
                               const char *en, size_t en_base);

/**
 * zhen_policy_apply() that keeps the accepted findings it removes: they
 * are appended to *@p kept (a new list when *kept is NULL; free with
 * zhen_findings_free()), with the severity they had, for a report that
 * shows them greyed (zhen_html_pairs_accepted()).
 * @return as zhen_policy_apply() (on ZHEN_ENOMEM, @p f and *@p kept are as
 *         they were). NULL @p kept: ZHEN_EINVAL.
 */
ZHEN_API int zhen_policy_apply_keep(zhen_findings **kept, zhen_findings *f,
                                    const zhen_policy *p,
                                    const zhen_check_options *opts,
                                    const char *zh, size_t zh_base,
                                    const char *en, size_t en_base);

/**
 * zhen_policy_apply() on the findings of a document check @p r of the
 * documents @p zh and @p en. The result keeps the count of accepted
 * findings (zhen_result_accepted(), the JSON summary's "accepted"); a
 * second call adds to it. @p p may be NULL (nothing changes).
 * @return 0, or ZHEN_ENOMEM. NULL @p r, @p zh or @p en: ZHEN_EINVAL
 *         (*accepted 0).
 */
ZHEN_API int zhen_policy_apply_result(size_t *accepted, zhen_result *r,
                                      const zhen_policy *p,
                                      const zhen_check_options *opts,
                                      const zhen_doc *zh, const zhen_doc *en);

/** How many findings of @p r a policy removed as accepted (0 before any,
 *  and for NULL). */
ZHEN_API size_t zhen_result_accepted(const zhen_result *r);

/** The findings of @p r a policy removed as accepted, in the order of the
 *  check, with the severity they had (the HTML report shows them greyed).
 *  Owned by @p r; empty before any policy; NULL for a NULL @p r. */
ZHEN_API const zhen_findings *zhen_result_accepted_findings(
	const zhen_result *r);

/** The severity findings of @p type have when nothing makes the check
 *  unsure: error for magnitude, currency, value and unit; warning for
 *  missing and extra (error when @p strict) and series; info for alignment
 *  and moved; error for a type out of range. */
ZHEN_API zhen_severity zhen_ftype_severity(zhen_ftype type, int strict);

/** The type named @p name ("magnitude", … as zhen_ftype_name() writes it).
 *  @return 0, or ZHEN_EUSAGE (no such type; @p out untouched). NULL
 *  @p out or @p name: ZHEN_EINVAL. */
ZHEN_API int zhen_ftype_parse(zhen_ftype *out, const char *name);

/** The kind named @p name ("money", … as zhen_qkind_name() writes it).
 *  @return 0, or ZHEN_EUSAGE (@p out untouched). NULL @p out or @p name:
 *  ZHEN_EINVAL. */
ZHEN_API int zhen_qkind_parse(zhen_qkind *out, const char *name);

/** "info", "warning", "error". @return 0, or ZHEN_EUSAGE (@p out
 *  untouched). NULL @p out or @p name: ZHEN_EINVAL. */
ZHEN_API int zhen_severity_parse(zhen_severity *out, const char *name);

#ifdef __cplusplus
}
#endif
#endif
